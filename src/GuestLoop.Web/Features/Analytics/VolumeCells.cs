using GuestLoop.Domain.Cases;

namespace GuestLoop.Web.Features.Analytics;

/// <summary>Cases received per bucket for each breakdown of the volumes figure; no department is <see cref="Guid.Empty"/>.</summary>
public sealed record VolumeCells(IReadOnlyList<VolumeCell<CaseKind>> Kinds, IReadOnlyList<VolumeCell<Category>> Categories,
    IReadOnlyList<VolumeCell<Channel>> Channels, IReadOnlyList<VolumeCell<Guid>> Properties, IReadOnlyList<VolumeCell<Guid>> Departments);

public readonly record struct VolumeCell<TKey>(int Bucket, TKey Key, long Count);
