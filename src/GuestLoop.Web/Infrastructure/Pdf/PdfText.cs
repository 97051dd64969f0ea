using System.Globalization;
using PdfSharp.Drawing;

namespace GuestLoop.Web.Infrastructure.Pdf;

/// <summary>
/// Text drawn in the primary font with each character it lacks in the first fallback that has it (<see cref="FontRuns"/>),
/// wrapped character by character (Chinese has no spaces to break at). Counts the characters no font had.
/// </summary>
public sealed class PdfText(IReadOnlyList<PdfFace> faces, double size)
{
    private readonly XFont[] _fonts = faces.Select(f => new XFont(f.Name, size)).ToArray();
    private readonly Func<int, bool>[] _coverage = faces.Select(f => (Func<int, bool>)f.Coverage.Covers).ToArray();

    public double Size => size;

    /// <summary>Characters replaced by the mark so far, for the warning in the log.</summary>
    public int Missing { get; private set; }

    public FontLayout Layout(string text)
    {
        var layout = FontRuns.Split(text, _coverage);
        Missing += layout.Missing;
        return layout;
    }

    /// <summary>The lines of a paragraph no wider than width, each a list of runs.</summary>
    public List<List<FontRun>> Wrap(XGraphics gfx, string paragraph, double width)
    {
        var lines = new List<List<FontRun>> { new() };
        var lineWidth = 0.0;
        foreach (var run in Layout(paragraph).Runs)
        {
            var elements = StringInfo.GetTextElementEnumerator(run.Text);
            while (elements.MoveNext())
            {
                var element = elements.GetTextElement();
                var w = gfx.MeasureString(element, _fonts[run.Font]).Width;
                if (lineWidth > 0 && lineWidth + w > width)
                {
                    lines.Add([]);
                    lineWidth = 0;
                }

                var line = lines[^1];
                if (line.Count > 0 && line[^1].Font == run.Font)
                {
                    line[^1] = line[^1] with { Text = line[^1].Text + element };
                }
                else
                {
                    line.Add(new FontRun(element, run.Font));
                }

                lineWidth += w;
            }
        }

        return lines;
    }

    public double Width(XGraphics gfx, IEnumerable<FontRun> runs) => runs.Sum(r => gfx.MeasureString(r.Text, _fonts[r.Font]).Width);

    /// <summary>Draws the runs one after the other from x on the baseline y.</summary>
    public void Draw(XGraphics gfx, IEnumerable<FontRun> runs, double x, double baseline)
    {
        foreach (var run in runs)
        {
            gfx.DrawString(run.Text, _fonts[run.Font], XBrushes.Black, new XPoint(x, baseline));
            x += gfx.MeasureString(run.Text, _fonts[run.Font]).Width;
        }
    }
}
