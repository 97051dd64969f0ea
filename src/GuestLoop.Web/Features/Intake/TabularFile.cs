using System.Text;
using ClosedXML.Excel;
using CsvHelper;

namespace GuestLoop.Web.Features.Intake;

/// <summary>A file read into a header row and data rows, each with the line (CSV) or row number (spreadsheet) a person sees.</summary>
public sealed record TabularFile(IReadOnlyList<string> Headers, IReadOnlyList<(int Line, string[] Cells)> Rows)
{
    /// <summary>Reads .xlsx with ClosedXML and anything else as CSV; null when the file cannot be read as either.</summary>
    public static TabularFile? Read(string fileName, byte[] content)
    {
        try
        {
            return fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? ReadXlsx(content) : ReadCsv(content);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    private static TabularFile? ReadXlsx(byte[] content)
    {
        using var workbook = new XLWorkbook(new MemoryStream(content));
        var sheet = workbook.Worksheets.FirstOrDefault();
        var used = sheet?.RangeUsed();
        if (used is null)
        {
            return null;
        }

        var width = used.ColumnCount();
        var firstRow = used.FirstRow().RowNumber();
        var firstColumn = used.FirstColumn().ColumnNumber();
        string[] Cells(int row) => Enumerable.Range(firstColumn, width).Select(c => Text(sheet!.Cell(row, c))).ToArray();
        var rows = new List<(int, string[])>();
        for (var r = firstRow + 1; r <= used.LastRow().RowNumber(); r++)
        {
            var cells = Cells(r);
            if (cells.Any(c => c.Length > 0))
            {
                rows.Add((r, cells));
            }
        }

        return new TabularFile(Cells(firstRow).Select(h => h.Trim()).ToList(), rows);
    }

    // Dates are written as ISO text so the row check reads them like CSV dates (local China time).
    private static string Text(IXLCell cell) => cell.DataType == XLDataType.DateTime
        ? cell.GetDateTime().ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)
        : cell.GetFormattedString();

    private static TabularFile? ReadCsv(byte[] content)
    {
        var text = Decode(content);
        var records = CsvRecords(text).ToList();
        if (records.Count == 0)
        {
            return null;
        }

        return new TabularFile(records[0].Cells.Select(h => h.Trim()).ToList(),
            records.Skip(1).Where(r => r.Cells.Any(c => c.Trim().Length > 0)).ToList());
    }

    /// <summary>UTF-8 (with or without BOM); Excel in China saves "CSV" as GB18030, which is tried when UTF-8 fails.</summary>
    private static string Decode(byte[] content)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(content);
        }
    }

    /// <summary>
    /// RFC 4180 records read by CsvHelper: quoted fields may hold commas, doubled quotes and line breaks. Each record comes
    /// with the line it starts on, counting the lines inside quoted fields, as an editor shows them.
    /// </summary>
    private static IEnumerable<(int Line, string[] Cells)> CsvRecords(string text)
    {
        using var csv = CsvReader.Create(new StringReader(text), new CsvReaderOptions { HasHeader = false, TrackLineNumbers = true }, leaveOpen: false);
        while (csv.Read())
        {
            var cells = new string[csv.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = csv.GetString(i);
            }

            yield return (checked((int)csv.LineNumber), cells);
        }
    }
}
