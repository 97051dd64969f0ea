using GuestLoop.Domain.WorkOrders;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.WorkOrders;

/// <summary>Photos in (multipart field 'file', and 'kind' for an order) and out, streamed only to those who may see the record.</summary>
public static class WorkOrderPhotoEndpoints
{
    public static void MapWorkOrderPhotoEndpoints(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        var limit = app.ServiceProvider.GetRequiredService<EvidenceStore>().MaxBytes + BodyLimits.FormOverhead;
        api.MapPost("/work-orders/{id:guid}/photos", AddToOrder).WithTags("WorkOrders").DisableAntiforgery().WithBodyLimit(limit)
            .WithName("AddWorkOrderPhoto").WithSummary("Add a photo (multipart 'file'; 'kind': report, before or after — before and after are the assignee's)")
            .ProducesValidationProblem();
        api.MapGet("/work-orders/{id:guid}/photos/{photoId:guid}", OrderPhoto).WithTags("WorkOrders").WithName("GetWorkOrderPhoto");
        api.MapPost("/lost-items/{id:guid}/photos", AddToItem).WithTags("WorkOrders").DisableAntiforgery().WithBodyLimit(limit)
            .WithName("AddLostItemPhoto").WithSummary("Add a photo of a stored item (multipart 'file')").ProducesValidationProblem();
        api.MapGet("/lost-items/{id:guid}/photos/{photoId:guid}", ItemPhoto).WithTags("WorkOrders").WithName("GetLostItemPhoto");
        // The pages' thumbnails, with the sign-in cookie.
        app.MapGet("/work-orders/{id:guid}/photos/{photoId:guid}", OrderPhoto).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/lost-items/{id:guid}/photos/{photoId:guid}", ItemPhoto).RequireAuthorization().ExcludeFromDescription();
    }

    private static async Task<Results<Ok<WorkOrderJson>, ProblemHttpResult>> AddToOrder(Guid id, IFormFile file, [Microsoft.AspNetCore.Mvc.FromForm] string? kind,
        HttpContext http, WorkOrderPhotos photos, WorkOrders orders, CancellationToken ct)
    {
        if (Refused(file, photos) is { } tooLarge)
        {
            return tooLarge;
        }

        try
        {
            await using var content = file.OpenReadStream();
            return TypedResults.Ok(await orders.JsonAsync(await photos.AddToOrderAsync(id, kind, content, file.FileName, http.User.ToScope(), ct), ct));
        }
        catch (EvidenceRejectedException e)
        {
            return TypedResults.Problem(e.Message, statusCode: e.Status, title: "File not accepted");
        }
    }

    private static async Task<Results<Ok<LostItemJson>, ProblemHttpResult>> AddToItem(Guid id, IFormFile file, HttpContext http, WorkOrderPhotos photos,
        TimeProvider clock, CancellationToken ct)
    {
        if (Refused(file, photos) is { } tooLarge)
        {
            return tooLarge;
        }

        try
        {
            await using var content = file.OpenReadStream();
            return TypedResults.Ok(LostItemJson.From(await photos.AddToItemAsync(id, content, file.FileName, http.User.ToScope(), ct), clock.GetUtcNow()));
        }
        catch (EvidenceRejectedException e)
        {
            return TypedResults.Problem(e.Message, statusCode: e.Status, title: "File not accepted");
        }
    }

    private static ProblemHttpResult? Refused(IFormFile file, WorkOrderPhotos photos) => file.Length > photos.MaxBytes
        ? TypedResults.Problem($"A file may be at most {photos.MaxBytes / 1024 / 1024} MiB.", statusCode: 413, title: "File too large")
        : null;

    private static async Task<IResult> OrderPhoto(Guid id, Guid photoId, HttpContext http, WorkOrderPhotos photos, CancellationToken ct) =>
        Stream(http, await photos.OpenOrderPhotoAsync(id, photoId, http.User.ToScope(), ct));

    private static async Task<IResult> ItemPhoto(Guid id, Guid photoId, HttpContext http, WorkOrderPhotos photos, CancellationToken ct) =>
        Stream(http, await photos.OpenItemPhotoAsync(id, photoId, http.User.ToScope(), ct));

    private static IResult Stream(HttpContext http, (Photo Photo, Stream Content) found)
    {
        http.Response.Headers["X-Content-Type-Options"] = "nosniff";
        http.Response.Headers.CacheControl = "private, max-age=86400";
        return TypedResults.File(found.Content, found.Photo.ContentType, found.Photo.FileName, enableRangeProcessing: true);
    }
}
