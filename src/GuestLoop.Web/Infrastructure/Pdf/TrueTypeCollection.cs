using System.Buffers.Binary;

namespace GuestLoop.Web.Infrastructure.Pdf;

/// <summary>
/// Takes one face out of a TrueType collection (.ttc) as a stand-alone .ttf: PDFsharp embeds TrueType fonts but
/// cannot read collections, and the Chinese fonts Debian ships with TrueType outlines (WenQuanYi) come as collections.
/// </summary>
public static class TrueTypeCollection
{
    public static bool IsCollection(ReadOnlySpan<byte> font) => font.Length >= 12 && font[..4].SequenceEqual("ttcf"u8);

    /// <summary>The face at <paramref name="index"/> with its tables copied after a fresh table directory.</summary>
    public static byte[] ExtractFace(byte[] collection, int index = 0)
    {
        if (!IsCollection(collection))
        {
            throw new InvalidDataException("Not a TrueType collection.");
        }

        var count = BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(8));
        if (index < 0 || index >= count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The collection holds {count} faces.");
        }

        var start = (int)BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(12 + 4 * index));
        var tables = BinaryPrimitives.ReadUInt16BigEndian(collection.AsSpan(start + 4));
        var header = 12 + 16 * tables;
        var records = new List<(int Record, int Offset, int Length)>(tables);
        var size = header;
        for (var i = 0; i < tables; i++)
        {
            var record = start + 12 + 16 * i;
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(record + 8));
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(record + 12));
            records.Add((record, offset, length));
            size += (length + 3) & ~3;
        }

        var face = new byte[size];
        collection.AsSpan(start, 12).CopyTo(face);
        var at = header;
        for (var i = 0; i < records.Count; i++)
        {
            var (record, offset, length) = records[i];
            var entry = face.AsSpan(12 + 16 * i, 16);
            collection.AsSpan(record, 16).CopyTo(entry);
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)at);
            collection.AsSpan(offset, length).CopyTo(face.AsSpan(at));
            at += (length + 3) & ~3;
        }

        return face;
    }
}
