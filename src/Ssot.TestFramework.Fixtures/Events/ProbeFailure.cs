using System.Globalization;
using System.Text;

namespace Ssot.TestFramework.Fixtures.Events;

/// <summary>Builds <see cref="EventExpectationException"/>s with a uniform, readable message.</summary>
internal sealed record ProbeFailure
{
    private const int MaxListed = 50;

    public required string Operation { get; init; }

    public required string SourceName { get; init; }

    public required string Reason { get; init; }

    public IReadOnlyList<string> Expected { get; init; } = [];

    public IReadOnlyList<string> Missing { get; init; } = [];

    public IReadOnlyList<ObservedEvent> Found { get; init; } = [];

    public IReadOnlyList<ObservedEvent> Unexpected { get; init; } = [];

    public IReadOnlyList<ObservedEvent> Received { get; init; } = [];

    public ObservedEvent? FirstOutOfOrder { get; init; }

    public string? OutOfOrderNote { get; init; }

    public TimeSpan Elapsed { get; init; }

    public TimeSpan Allowed { get; init; }

    public string? DeadlineNote { get; init; }

    public static string Ms(TimeSpan value) => value == Timeout.InfiniteTimeSpan
        ? "infinite"
        : value.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";

    public static string List(IEnumerable<string> items) => "[" + string.Join(", ", items) + "]";

    public EventExpectationException ToException()
    {
        var text = new StringBuilder();
        text.Append(Operation).Append(" failed on '").Append(SourceName).Append("': ").Append(Reason).AppendLine(".");
        if (Expected.Count > 0)
        {
            text.Append("Expected: ").AppendLine(List(Expected));
        }

        if (Found.Count > 0)
        {
            text.Append("Found: ").AppendLine(List(Found.Select(e => e.Describe())));
        }

        if (Missing.Count > 0)
        {
            text.Append("not found ").AppendLine(List(Missing));
        }

        if (Unexpected.Count > 0)
        {
            text.Append("found unexpected ").AppendLine(List(Unexpected.Select(e => e.Describe())));
        }

        if (FirstOutOfOrder is not null)
        {
            text.Append("First out-of-order event: ").Append(FirstOutOfOrder.Describe());
            if (OutOfOrderNote is not null)
            {
                text.Append(' ').Append(OutOfOrderNote);
            }

            text.AppendLine();
        }

        if (Received.Count == 0)
        {
            text.AppendLine("Received since cursor: (nothing)");
        }
        else
        {
            text.Append("Received since cursor (").Append(Received.Count.ToString(CultureInfo.InvariantCulture)).AppendLine("):");
            foreach (ObservedEvent e in Received.Take(MaxListed))
            {
                text.Append("  ").AppendLine(e.Describe());
            }

            if (Received.Count > MaxListed)
            {
                text.Append("  ... ").Append((Received.Count - MaxListed).ToString(CultureInfo.InvariantCulture)).AppendLine(" more");
            }
        }

        text.Append("Elapsed: ").Append(Ms(Elapsed)).Append(" of ").Append(Ms(Allowed)).Append(" allowed");
        if (DeadlineNote is not null)
        {
            text.Append(" (").Append(DeadlineNote).Append(')');
        }

        text.Append('.');

        return new EventExpectationException(text.ToString())
        {
            Missing = Missing,
            Unexpected = Unexpected,
            Received = Received,
            FirstOutOfOrder = FirstOutOfOrder,
            Elapsed = Elapsed,
            Allowed = Allowed,
        };
    }
}
