using ClosedXML.Excel;

namespace GuestLoop.Web.Features.Analytics.Reports;

/// <summary>The quarterly report as a workbook: one sheet per section and the raw case list.</summary>
public static class ReportWorkbook
{
    public static byte[] Write(QuarterlyFigures f)
    {
        using var book = new XLWorkbook();
        var summary = book.Worksheets.Add("概览 Summary");
        Rows(summary, ["项目 Item", "值 Value"],
        [
            ["报告 Report", f.Title],
            ["期间 Period", $"{f.Filter.Period.From:yyyy-MM-dd} – {f.Filter.Period.To:yyyy-MM-dd} ({f.Filter.Period.Zone.Id})"],
            ["受理量 Cases", f.Volumes.Total],
            ["CSAT", f.Satisfaction.Csat],
            ["NPS", f.Satisfaction.Nps],
            ["重开率 Reopen rate", Rate.Of(f.Reopens.ReopenRate)],
            ["重开两次 Reopened twice", f.Reopens.ReopenedTwice],
            ["重复投诉人 Repeat complainants", f.Reopens.RepeatComplainants],
            ["调查发送 Surveys sent", f.Surveys.Sent],
            ["调查回收率 Survey response rate", Rate.Of(f.Surveys.ResponseRate)],
        ]);

        var volumes = book.Worksheets.Add("受理量 Volumes");
        var header = new List<object?> { "维度 Dimension", "键 Key", "合计 Total" };
        header.AddRange(f.Volumes.Period.Buckets);
        var rows = new List<object?[]>();
        foreach (var (name, series) in new[] { ("kind", f.Volumes.ByKind), ("category", f.Volumes.ByCategory), ("channel", f.Volumes.ByChannel),
                     ("property", f.Volumes.ByProperty), ("department", f.Volumes.ByDepartment) })
        {
            rows.AddRange(series.Select(s => new object?[] { name, s.Label ?? s.Key, s.Total }.Concat(s.Counts.Cast<object?>()).ToArray()));
        }

        Rows(volumes, [.. header], rows);
        Rows(book.Worksheets.Add("时限 Deadlines"), ["阶段 Stage", "按时 On time", "逾期完成 Late", "逾期未完成 Overdue", "进行中 Pending", "达标率 On-time rate"],
            f.Deadlines.Stages.Select(s => new object?[] { s.Stage, s.OnTime, s.Late, s.Overdue, s.Pending, Rate.Of(s.OnTimeRate) }).ToList());
        Rows(book.Worksheets.Add("处理用时 Handling"), ["阶段 Stage", "件数 Count", "中位数分钟 Median min", "P90 分钟 P90 min"],
            f.Handling.Stages.Select(s => new object?[] { s.Stage, s.Count, s.MedianMinutes, s.P90Minutes }).ToList());
        Rows(book.Worksheets.Add("满意度 Satisfaction"), ["期间 Bucket", "答卷 Answers", "CSAT", "NPS 答卷 NPS answers", "推荐者 Promoters", "贬损者 Detractors", "NPS"],
            f.Satisfaction.Trend.Select(p => new object?[] { p.Bucket, p.Answers, p.Csat, p.NpsAnswers, p.Promoters, p.Detractors, p.Nps }).ToList());
        Rows(book.Worksheets.Add("满意度调查 Surveys"),
            ["门店 Property", "部门 Department", "调查 Survey", "发送 Sent", "回答 Answered", "回收率 Response rate", "问题 Question", "类型 Kind", "答数 Answers",
                "平均评分 Mean rating", "NPS", "选项统计 Choices"],
            f.Surveys.Templates.SelectMany(t => t.Questions.Select(q => new object?[]
            {
                t.PropertyCode, t.DepartmentName, t.Title, t.Sent, t.Answered, Rate.Of(t.ResponseRate), q.Text, q.Kind.ToString(), q.Answers, q.MeanRating, q.Nps,
                q.ChoiceCounts is null ? null : string.Join("; ", q.ChoiceCounts.Select(c => $"{c.Key} {c.Value}")),
            })).ToList());
        Rows(book.Worksheets.Add("赔偿 Compensation"), ["币种 Currency", "状态 State", "件数 Count", "金额 Amount"],
            f.Compensation.Totals.Select(t => new object?[] { t.Currency, t.State, t.Count, t.Amount }).ToList());
        Rows(book.Worksheets.Add("工单 Work orders"),
            ["服务类型 Request type", "工单 Orders", "完成 Done", "响应中位数分钟 Median min to accept", "响应 P90 分钟 P90 min to accept",
                "完成中位数分钟 Median min to complete", "完成 P90 分钟 P90 min to complete", "响应按时率 Accepted on time", "完成按时率 Completed on time"],
            f.WorkOrders.ByType.Prepend(f.WorkOrders.Overall with { Group = "合计 All" }).Select(t => new object?[]
            {
                t.Group, t.Orders, t.Done, t.MedianResponseMinutes, t.P90ResponseMinutes, t.MedianCompletionMinutes, t.P90CompletionMinutes,
                Rate.Of(t.ResponseOnTimeRate), Rate.Of(t.CompletionOnTimeRate),
            }).ToList());
        Rows(book.Worksheets.Add("改进措施 Improvement"), ["措施 Action", "门店 Property", "到期 Due", "状态 State", "创建 Created", "完成 Done", "关联案件 Cases"],
            f.Actions.Select(a => new object?[] { a.Title, a.Property, a.DueOn.ToString("yyyy-MM-dd"), a.State.ToString(), a.CreatedAt.UtcDateTime, a.DoneAt?.UtcDateTime, a.Cases }).ToList());
        Rows(book.Worksheets.Add("案件清单 Cases"),
            ["编号 Number", "受理时间 Received (UTC)", "门店 Property", "类型 Kind", "渠道 Channel", "类别 Category", "性质 Severity", "状态 Status", "部门 Department", "标题 Title", "重开 Reopens", "办结 Closed (UTC)"],
            f.Cases.Select(c => new object?[] { c.Number, c.ReceivedAt.UtcDateTime, c.Property, c.Kind, c.Channel, c.Category, c.Severity, c.Status, c.Department, c.Title,
                c.ReopenCount, c.ClosedAt?.UtcDateTime }).ToList());

        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Rows(IXLWorksheet sheet, object?[] header, IReadOnlyList<object?[]> rows)
    {
        for (var c = 0; c < header.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = header[c]?.ToString();
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
        }

        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = sheet.Cell(r + 2, c + 1);
                switch (rows[r][c])
                {
                    case null: break;
                    case DateTime d: cell.Value = d; cell.Style.DateFormat.Format = "yyyy-mm-dd hh:mm"; break;
                    case Rate rate: cell.Value = rate.Fraction; cell.Style.NumberFormat.Format = "0.0%"; break;
                    case string s: cell.Value = s.Length > 0 && s[0] is '=' or '+' or '-' or '@' ? "'" + s : s; break;
                    case IConvertible n when n is not string: cell.Value = Convert.ToDouble(n, System.Globalization.CultureInfo.InvariantCulture); break;
                    default: cell.Value = rows[r][c]!.ToString(); break;
                }
            }
        }

        // Fixed widths: measuring the text (AdjustToContents) needs GDI+, which a Linux server does not have.
        sheet.SheetView.FreezeRows(1);
        sheet.Columns(1, header.Length).Width = 18;
    }

    /// <summary>A ratio kept as its fraction in the cell and shown as a percentage.</summary>
    private sealed record Rate(double Fraction)
    {
        public static Rate? Of(double? fraction) => fraction is { } f ? new Rate(f) : null;
    }
}
