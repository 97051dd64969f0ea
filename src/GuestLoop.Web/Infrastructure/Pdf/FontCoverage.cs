using System.Buffers.Binary;

namespace GuestLoop.Web.Infrastructure.Pdf;

/// <summary>
/// Which characters a TrueType font has glyphs for, read from its 'cmap' table (format 12 for the whole of Unicode,
/// else format 4 for the Basic Multilingual Plane). Also whether the font has TrueType outlines ('glyf'), the only
/// kind PDFsharp embeds.
/// </summary>
public sealed class FontCoverage
{
    private readonly (int First, int Last)[] _ranges;

    private FontCoverage((int First, int Last)[] ranges, bool trueTypeOutlines)
    {
        _ranges = ranges;
        HasTrueTypeOutlines = trueTypeOutlines;
    }

    public bool HasTrueTypeOutlines { get; }

    public bool Covers(int codePoint)
    {
        int low = 0, high = _ranges.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (codePoint < _ranges[mid].First)
            {
                high = mid - 1;
            }
            else if (codePoint > _ranges[mid].Last)
            {
                low = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    public static FontCoverage Read(byte[] font)
    {
        var tables = Tables(font);
        if (!tables.TryGetValue("cmap", out var cmap))
        {
            return new([], tables.ContainsKey("glyf"));
        }

        var span = font.AsSpan(cmap);
        var count = BinaryPrimitives.ReadUInt16BigEndian(span[2..]);
        int? format4 = null, format12 = null;
        for (var i = 0; i < count; i++)
        {
            var record = span.Slice(4 + 8 * i, 8);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            var format = BinaryPrimitives.ReadUInt16BigEndian(span[offset..]);
            var unicode = platform == 0 || platform == 3 && encoding is 1 or 10;
            if (unicode && format == 12)
            {
                format12 ??= offset;
            }
            else if (unicode && format == 4)
            {
                format4 ??= offset;
            }
        }

        var ranges = format12 is { } f12 ? Format12(span[f12..]) : format4 is { } f4 ? Format4(span[f4..]) : [];
        return new(ranges.OrderBy(r => r.First).ToArray(), tables.ContainsKey("glyf"));
    }

    private static Dictionary<string, int> Tables(byte[] font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new Dictionary<string, int>();
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + 16 * i, 16);
            tables[System.Text.Encoding.ASCII.GetString(record[..4])] = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
        }

        return tables;
    }

    private static List<(int First, int Last)> Format12(ReadOnlySpan<byte> table)
    {
        var groups = BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
        var ranges = new List<(int First, int Last)>((int)groups);
        for (var i = 0; i < groups; i++)
        {
            var group = table.Slice(16 + 12 * i, 12);
            var startGlyph = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            var first = (int)BinaryPrimitives.ReadUInt32BigEndian(group);
            var last = (int)BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
            // A group mapped to glyph 0 maps to "no glyph" (.notdef).
            if (startGlyph != 0 || first != last)
            {
                ranges.Add((startGlyph == 0 ? first + 1 : first, last));
            }
        }

        return ranges;
    }

    /// <summary>Segments whose characters map to glyph 0 (.notdef) through idDelta or the glyph array are left out character by character.</summary>
    private static List<(int First, int Last)> Format4(ReadOnlySpan<byte> table)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var ends = 14;
        var starts = ends + 2 * segments + 2;
        var deltas = starts + 2 * segments;
        var rangeOffsets = deltas + 2 * segments;
        var ranges = new List<(int First, int Last)>();
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(table[(ends + 2 * s)..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(table[(starts + 2 * s)..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(table[(deltas + 2 * s)..]);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(table[(rangeOffsets + 2 * s)..]);
            if (start == 0xFFFF)
            {
                continue;
            }

            int? runStart = null;
            for (var c = start; c <= end; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = rangeOffsets + 2 * s + rangeOffset + 2 * (c - start);
                    glyph = at + 1 < table.Length ? BinaryPrimitives.ReadUInt16BigEndian(table[at..]) : 0;
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }

                if (glyph != 0)
                {
                    runStart ??= c;
                }
                else if (runStart is { } open)
                {
                    ranges.Add((open, c - 1));
                    runStart = null;
                }
            }

            if (runStart is { } last)
            {
                ranges.Add((last, end));
            }
        }

        return ranges;
    }
}
