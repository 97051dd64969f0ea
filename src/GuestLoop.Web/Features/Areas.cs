using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Accountability;
using GuestLoop.Web.Features.Admin;
using GuestLoop.Web.Features.Analytics;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Cluster;
using GuestLoop.Web.Features.Compensation;
using GuestLoop.Web.Features.Customers;
using GuestLoop.Web.Features.Facilities;
using GuestLoop.Web.Features.Improvement;
using GuestLoop.Web.Features.Intake;
using GuestLoop.Web.Features.Library;
using GuestLoop.Web.Features.Mail;
using GuestLoop.Web.Features.Maintenance;
using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Features.Operations;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Features.Public;
using GuestLoop.Web.Features.Recognition;
using GuestLoop.Web.Features.Replies;
using GuestLoop.Web.Features.Reservations;
using GuestLoop.Web.Features.Rooms;
using GuestLoop.Web.Features.Sla;
using GuestLoop.Web.Features.Supervision;
using GuestLoop.Web.Features.Surveys;
using GuestLoop.Web.Features.Triage;
using GuestLoop.Web.Features.Workspace;
using GuestLoop.Web.Features.WorkOrders;

namespace GuestLoop.Web.Features;

/// <summary>The one list of areas: a new area adds its own Setup and a line here.</summary>
public static class Areas
{
    /// <summary>Background rounds start in the order they are registered here, the intake writer among them.</summary>
    public static IServiceCollection AddGuestLoopAreas(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        services.AddGuestLoopCases(config, env);
        services.AddGuestLoopAnalytics(config, env);
        services.AddGuestLoopSurveys(config);
        services.AddGuestLoopWorkspace();
        services.AddGuestLoopAdmin();
        services.AddGuestLoopOrganisation();
        services.AddGuestLoopNotifications(config);
        services.AddGuestLoopAudit();
        services.AddGuestLoopSla();
        services.AddGuestLoopImprovement();
        services.AddGuestLoopWorkOrders();
        services.AddGuestLoopMaintenance();
        services.AddGuestLoopRooms();
        services.AddGuestLoopReservations();
        services.AddGuestLoopFacilities();
        services.AddGuestLoopSupervision();
        services.AddGuestLoopAccountability();
        services.AddGuestLoopLibrary();
        services.AddGuestLoopIntake(config);
        services.AddGuestLoopMail(config);
        services.AddGuestLoopReplies(config);
        services.AddGuestLoopCompensation();
        services.AddGuestLoopRecognition();
        services.AddGuestLoopTriage();
        services.AddGuestLoopCustomers(config, env);
        services.AddGuestLoopCluster(config);
        services.AddGuestLoopPublic(config);
        services.AddGuestLoopAccount(config);
        return services;
    }

    /// <summary>Maps every area's endpoints; <paramref name="api"/> is the /api/v1 group that needs an API key.</summary>
    public static void MapGuestLoopAreas(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        app.MapGuestLoopCases(api);
        app.MapGuestLoopSla(api);
        app.MapGuestLoopNotifications(api);
        app.MapGuestLoopSurveys(api);
        app.MapGuestLoopAudit(api);
        app.MapGuestLoopImprovement(api);
        app.MapGuestLoopWorkOrders(api);
        app.MapGuestLoopMaintenance(api);
        app.MapGuestLoopRooms(api);
        app.MapGuestLoopReservations(api);
        app.MapGuestLoopFacilities(api);
        app.MapGuestLoopSupervision(api);
        app.MapGuestLoopAccountability(api);
        app.MapGuestLoopLibrary(api);
        app.MapGuestLoopIntake(api);
        app.MapGuestLoopMail(api);
        app.MapGuestLoopCompensation(api);
        app.MapGuestLoopRecognition(api);
        app.MapGuestLoopOrganisation(api);
        app.MapGuestLoopAnalytics(api);
        app.MapGuestLoopCustomers(api);
        app.MapGuestLoopTriage(api);
        app.MapGuestLoopOperations(api);
        app.MapGuestLoopAccount(api);
        app.MapGuestLoopPublic();
        app.MapGuestLoopReplies();
    }
}
