using GuestLoop.Web.Features.Account;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.Notifications;

/// <summary>The caller's own notifications; an administrator key names the staff member with X-On-Behalf-Of.</summary>
public static class NotificationsApi
{
    public static RouteGroupBuilder MapNotificationsApi(this RouteGroupBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTags("Notifications");
        notifications.MapGet("/", List).WithName("ListNotifications").WithSummary("The caller's delivered notifications, newest first");
        notifications.MapPost("/{id:guid}/read", MarkRead).WithName("MarkNotificationRead").WithSummary("Mark one notification read");
        notifications.MapPost("/read-all", MarkAllRead).WithName("MarkAllNotificationsRead").WithSummary("Mark all the caller's notifications read");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<NotificationItem>>, ProblemHttpResult>> List(
        HttpContext http, NotificationInbox inbox, bool? unread, CancellationToken ct) =>
        http.User.ToScope() is { StaffId: not null } reader
            ? TypedResults.Ok(await inbox.ListAsync(reader, unread ?? false, ct))
            : NoStaff();

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> MarkRead(Guid id, HttpContext http, NotificationInbox inbox, CancellationToken ct)
    {
        if (http.User.ToScope() is not { StaffId: not null } reader)
        {
            return NoStaff();
        }

        return await inbox.MarkReadAsync(reader, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<int>, ProblemHttpResult>> MarkAllRead(HttpContext http, NotificationInbox inbox, CancellationToken ct) =>
        http.User.ToScope() is { StaffId: not null } reader ? TypedResults.Ok(await inbox.MarkAllReadAsync(reader, ct)) : NoStaff();

    private static ProblemHttpResult NoStaff() => TypedResults.Problem(
        "Notifications belong to a staff member; send X-On-Behalf-Of with an administrator key, or use a key owned by a staff member.",
        statusCode: StatusCodes.Status400BadRequest, title: "No staff member");
}
