namespace GuestLoop.Domain.WorkOrders;

/// <summary>
/// The places a sheet of request QR codes is printed for, as a housekeeper writes them: rooms and places separated by
/// commas, semicolons or new lines, and ranges of room numbers (<c>1201-1220</c>, keeping the leading zeros of
/// <c>0801-0810</c>).
/// </summary>
public static class RequestPlaces
{
    /// <summary>At most this many codes on one sheet.</summary>
    public const int Max = 500;

    private static readonly char[] Separators = [',', '，', ';', '；', '、', '\n', '\r'];

    public static IReadOnlyList<string> Parse(string? text)
    {
        var places = new List<string>();
        var errors = new FieldErrors();
        foreach (var part in (text ?? string.Empty).Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var range = part.Split('-', StringSplitOptions.TrimEntries);
            if (range.Length == 2 && range[0].Length == range[1].Length && long.TryParse(range[0], out var from) && long.TryParse(range[1], out var to))
            {
                if (to < from || to - from >= Max)
                {
                    errors.TryAdd("places", $"'{part}': a range runs upwards and holds at most {Max} rooms.");
                    continue;
                }

                for (var n = from; n <= to; n++)
                {
                    places.Add(n.ToString(new string('0', range[0].Length), System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            else if (part.Length > 200)
            {
                errors.TryAdd("places", "A place is at most 200 characters.");
            }
            else
            {
                places.Add(part);
            }
        }

        var distinct = places.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (distinct.Count > Max)
        {
            errors.TryAdd("places", $"At most {Max} places on one sheet.");
        }

        errors.ThrowIfAny();
        return distinct;
    }
}
