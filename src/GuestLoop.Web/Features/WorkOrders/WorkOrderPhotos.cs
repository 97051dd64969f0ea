using GuestLoop.Domain;
using GuestLoop.Domain.WorkOrders;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;

namespace GuestLoop.Web.Features.WorkOrders;

/// <summary>
/// Photos of work orders and found items: the file goes to the evidence store (checked by its first bytes), the record
/// keeps it only if the step is allowed; a refused photo leaves no file behind.
/// </summary>
public sealed class WorkOrderPhotos(EvidenceStore store, WorkOrders orders, LostItems items, TimeProvider clock)
{
    public long MaxBytes => store.MaxBytes;

    public Task<WorkOrder> AddToOrderAsync(Guid id, string? kind, Stream content, string? fileName, AccessScope scope, CancellationToken ct) =>
        KeepAsync(content, fileName, scope, kind, async photo =>
            await orders.WorkAsync(id, "photo", scope, (o, by, at) => o.AddPhoto(photo, by, at), ct), ct);

    public Task<LostItem> AddToItemAsync(Guid id, Stream content, string? fileName, AccessScope scope, CancellationToken ct) =>
        KeepAsync(content, fileName, scope, null, async photo =>
            await items.StepAsync(id, "photo", scope, (i, at) =>
            {
                i.AddPhoto(photo, scope.Actor, at);
                return Task.CompletedTask;
            }, ct), ct);

    /// <summary>The photo and its content, when the caller may see its order.</summary>
    public async Task<(Photo Photo, Stream Content)> OpenOrderPhotoAsync(Guid id, Guid photoId, AccessScope scope, CancellationToken ct) =>
        Open((await orders.LoadAsync(id, scope, ct)).Photos, photoId);

    public async Task<(Photo Photo, Stream Content)> OpenItemPhotoAsync(Guid id, Guid photoId, AccessScope scope, CancellationToken ct) =>
        Open((await items.LoadAsync(id, scope, ct)).Photos, photoId);

    private (Photo, Stream) Open(IEnumerable<Photo> photos, Guid photoId) =>
        photos.SingleOrDefault(p => p.Id == photoId) is { } photo ? (photo, store.Open(photo.StorageKey)) : throw new WorkOrderNotFoundException();

    private async Task<T> KeepAsync<T>(Stream content, string? fileName, AccessScope scope, string? kind, Func<Photo, Task<T>> keep, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var parsed = CreateCaseRequest.ParseEnum<PhotoKind>("kind", kind ?? "report", errors);
        errors.ThrowIfAny();
        var stored = await store.SaveAsync(content, fileName, ct);
        try
        {
            return await keep(new Photo(parsed!.Value, stored.Name, stored.ContentType, stored.Size, stored.Key, stored.Sha256, clock.GetUtcNow(), scope.Actor));
        }
        catch
        {
            store.Delete(stored.Key);
            throw;
        }
    }
}
