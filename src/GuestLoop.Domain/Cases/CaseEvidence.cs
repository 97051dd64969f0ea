namespace GuestLoop.Domain.Cases;

/// <summary>A photo, video, audio or document attached to a case; the bytes live outside the database row.</summary>
public sealed class CaseEvidence
{
    private CaseEvidence()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        StorageKey = string.Empty;
        AddedBy = string.Empty;
    }

    public CaseEvidence(string fileName, string contentType, long size, string storageKey, string sha256,
        DateTimeOffset addedAt, string addedBy, bool fromGuest)
    {
        Id = Guid.NewGuid();
        FileName = StoredFileName.Clean(fileName);
        ContentType = contentType;
        Size = size;
        StorageKey = storageKey;
        Sha256 = sha256;
        AddedAt = addedAt;
        AddedBy = addedBy;
        FromGuest = fromGuest;
    }

    public Guid Id { get; private set; }
    public string FileName { get; private set; }
    public string ContentType { get; private set; }
    public long Size { get; private set; }
    public string StorageKey { get; private set; }
    public string? Sha256 { get; private set; }
    public DateTimeOffset AddedAt { get; private set; }
    public string AddedBy { get; private set; }
    public bool FromGuest { get; private set; }

    /// <summary>Dates the file at <paramref name="instant"/> when it was stored earlier (before the case it belongs to existed).</summary>
    internal void NotBefore(DateTimeOffset instant)
    {
        if (AddedAt < instant)
        {
            AddedAt = instant;
        }
    }
}
