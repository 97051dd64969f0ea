namespace GuestLoop.Domain.Sla;

/// <summary>
/// The solar terms needed by the statutory holidays, from the sun's apparent longitude (Meeus, Astronomical
/// Algorithms, ch. 25, low accuracy: about 0.01°, a quarter of an hour), which is good to the day for 1900–2100.
/// </summary>
public static class SolarTerms
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>清明: the Beijing date on which the sun's apparent longitude reaches 15°.</summary>
    public static DateOnly Qingming(int year) => DateOnly.FromDateTime(Reaching(15, new DateTime(year, 4, 5, 0, 0, 0, DateTimeKind.Utc)).Add(Beijing));

    /// <summary>The UTC instant, near <paramref name="guess"/>, at which the sun's apparent longitude is <paramref name="longitude"/>.</summary>
    public static DateTime Reaching(double longitude, DateTime guess)
    {
        var jd = JulianDay(guess);
        for (var i = 0; i < 50; i++)
        {
            var delta = Normalise(longitude - ApparentLongitude(jd + DeltaT(guess.Year) / 86400));
            // The sun moves about 360° in 365.2422 days.
            jd += delta * 365.2422 / 360;
            if (Math.Abs(delta) < 1e-7)
            {
                break;
            }
        }

        return new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc).AddDays(jd - 2451545.0);
    }

    /// <summary>The sun's apparent geocentric longitude in degrees at a Julian day in dynamical time.</summary>
    public static double ApparentLongitude(double jde)
    {
        var t = (jde - 2451545.0) / 36525;
        var l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        var m = Radians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        var centre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.Sin(m) + (0.019993 - 0.000101 * t) * Math.Sin(2 * m)
            + 0.000289 * Math.Sin(3 * m);
        var omega = Radians(125.04 - 1934.136 * t);
        return Normalise(l0 + centre - 0.00569 - 0.00478 * Math.Sin(omega));
    }

    private static double JulianDay(DateTime utc) => 2451545.0 + (utc - new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc)).TotalDays;

    /// <summary>Terrestrial minus universal time in seconds (Espenak and Meeus's polynomial for 2005–2050, extrapolated).</summary>
    private static double DeltaT(int year)
    {
        var t = year - 2000;
        return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }

    private static double Normalise(double degrees)
    {
        var d = degrees % 360;
        return d switch { > 180 => d - 360, <= -180 => d + 360, _ => d };
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
