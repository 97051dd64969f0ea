using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.WorkOrders;

/// <summary>What a photo of a work order shows: the problem as reported, the place before the work, or after it.</summary>
public enum PhotoKind
{
    Report,
    Before,
    After,
}

/// <summary>
/// A photo kept with a work order or a found item: the file itself is stored outside the database under
/// <see cref="StorageKey"/>; its content type was read from its first bytes, not taken from the sender.
/// </summary>
public sealed class Photo
{
    /// <summary>How many photos one order or one item keeps: enough for before and after, not a gallery.</summary>
    public const int MaxPerRecord = 12;

    private Photo()
    {
        FileName = ContentType = StorageKey = Sha256 = AddedBy = string.Empty;
    }

    public Photo(PhotoKind kind, string fileName, string contentType, long size, string storageKey, string sha256, DateTimeOffset addedAt, Actor by)
    {
        (Id, Kind, FileName, ContentType, Size, StorageKey, Sha256, AddedAt, AddedById, AddedBy) =
            (Guid.NewGuid(), kind, fileName, contentType, size, storageKey, sha256, addedAt, by.StaffId, by.Name);
    }

    public Guid Id { get; private set; }

    public PhotoKind Kind { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long Size { get; private set; }

    public string StorageKey { get; private set; }

    public string Sha256 { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public Guid? AddedById { get; private set; }

    public string AddedBy { get; private set; }

    /// <summary>Whether a file's content type, read from its first bytes, is a picture.</summary>
    public static bool IsPicture(string contentType) => contentType.StartsWith("image/", StringComparison.Ordinal);

    /// <summary>Refuses a file that is not a picture and a record that already has <see cref="MaxPerRecord"/> photos.</summary>
    public static void Check(Photo photo, int alreadyKept)
    {
        var errors = new FieldErrors();
        if (!IsPicture(photo.ContentType))
        {
            errors.Add("file", "Only photos (JPEG, PNG, GIF, WebP, HEIC) are kept here.");
        }

        if (alreadyKept >= MaxPerRecord)
        {
            errors.Add("file", $"At most {MaxPerRecord} photos.");
        }

        errors.ThrowIfAny();
    }
}
