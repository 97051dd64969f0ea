using System.Security.Cryptography;
using GuestLoop.Domain.Cases;

namespace GuestLoop.Web.Features.Cases;

/// <summary>
/// Keeps evidence files on disk, outside the database rows. A file is accepted by what its first bytes
/// say it is (photo, video, audio, PDF), never by the declared content type, and only when its name's extension
/// says the same. Every way evidence comes in (guest form, API, workspace, guest mail) stores it here.
/// </summary>
public sealed class EvidenceStore(string root, long maxBytes)
{
    public const long DefaultMaxBytes = 20 * 1024 * 1024;

    public long MaxBytes { get; } = maxBytes;

    public async Task<StoredFile> SaveAsync(Stream content, string? fileName, CancellationToken ct)
    {
        var name = StoredFileName.Clean(fileName);
        var key = $"{DateTime.UtcNow:yyyy/MM}/{Guid.NewGuid():N}";
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".part";
        try
        {
            long size;
            string sha;
            byte[] head = new byte[32];
            int headLength;
            await using (var file = File.Create(temp))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[81920];
                size = 0;
                headLength = 0;
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    if (headLength < head.Length)
                    {
                        var take = Math.Min(read, head.Length - headLength);
                        Array.Copy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }

                    size += read;
                    if (size > MaxBytes)
                    {
                        throw new EvidenceRejectedException(StatusCodes.Status413PayloadTooLarge, $"A file may be at most {MaxBytes / 1024 / 1024} MiB.");
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }

                sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            }

            var type = FileSignature.Detect(head.AsSpan(0, headLength))
                ?? throw new EvidenceRejectedException(StatusCodes.Status415UnsupportedMediaType,
                    "Only photos (JPEG, PNG, GIF, WebP, HEIC), video (MP4, MOV, WebM), audio (MP3, M4A, WAV, AMR, OGG) and PDF documents are accepted.");
            if (!FileSignature.NameFits(type, name))
            {
                throw new EvidenceRejectedException(StatusCodes.Status415UnsupportedMediaType,
                    $"The file's content ({type}) does not match its name ({Path.GetExtension(name)}).");
            }

            if (size == 0)
            {
                throw new EvidenceRejectedException(StatusCodes.Status400BadRequest, "The file is empty.");
            }

            File.Move(temp, path);
            return new StoredFile(key, name, type, size, sha);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public Stream Open(string key) => File.OpenRead(PathOf(key));

    public void Delete(string key) => File.Delete(PathOf(key));

    private string PathOf(string key)
    {
        var full = Path.GetFullPath(Path.Combine(root, key));
        return full.StartsWith(Path.GetFullPath(root), StringComparison.Ordinal) ? full : throw new InvalidOperationException("Bad storage key.");
    }
}

/// <summary>A kept file: where, the cleaned name it came with, what its content is.</summary>
public sealed record StoredFile(string Key, string Name, string ContentType, long Size, string Sha256);

public sealed class EvidenceRejectedException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}
