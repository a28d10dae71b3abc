using System.Globalization;
using Ssot.TestFramework.Fixtures.Events;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <summary>Reads the server's send time from an event's payload (percentiles: <see cref="Common.Percentile"/>). Stateless, so thread-safe.</summary>
internal static class DeliveryLatency
{
    /// <summary>Reads <paramref name="field"/> (Unix milliseconds as a number or numeric string, or an ISO-8601 string) and subtracts it from the receive time.</summary>
    public static bool TryRead(ObservedEvent observed, string field, out double milliseconds)
    {
        milliseconds = 0;
        if (!observed.Payload.TryGetValue(field, out object? value) || !TryParseSentAt(value, out DateTimeOffset sentAt))
        {
            return false;
        }

        milliseconds = (observed.Timestamp - sentAt).TotalMilliseconds;
        return double.IsFinite(milliseconds);
    }

    /// <summary>Parses a send time: <see cref="long"/> or <see cref="double"/> Unix milliseconds, or a string holding either those or ISO-8601.</summary>
    public static bool TryParseSentAt(object? value, out DateTimeOffset sentAt)
    {
        sentAt = default;
        double unixMs;
        switch (value)
        {
            case long l:
                unixMs = l;
                break;
            case double d:
                unixMs = d;
                break;
            case string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed):
                unixMs = parsed;
                break;
            case string s:
                return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out sentAt);
            default:
                return false;
        }

        if (!double.IsFinite(unixMs) || unixMs < 0 || unixMs > 253_402_300_799_999)
        {
            return false;
        }

        sentAt = DateTimeOffset.UnixEpoch.AddTicks((long)(unixMs * TimeSpan.TicksPerMillisecond));
        return true;
    }
}
