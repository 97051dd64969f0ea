namespace GuestLoop.Web.Features.Operations;

public static class OperationsSetup
{
    public static void MapGuestLoopOperations(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapHealthApi();
        api.MapWriteHealthApi();
    }
}
