using System.Text;
using Ssot.TestFramework.Isolation;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <summary>
/// Words a shared object the graph walk found for people: which object (its type, and the field of a team type that
/// holds it) is shared, and why that matters. A path never leads the reader through framework internals: segments
/// inside <c>System.*</c> / <c>Microsoft.*</c> objects (other than collection elements) are summarised. Stateless, so thread-safe.
/// </summary>
internal static class SharedObjectMessage
{
    /// <summary>Why an object kept across users matters.</summary>
    public const string WhyKept = "a connection object the system keeps after its user left still receives what is written for it, and once it is handed to another user, events or state written through it by one user reach the other";

    /// <summary>Words a finding between the system's roots (A) and a user's connection (B).</summary>
    /// <param name="trace">The finding with typed paths.</param>
    /// <param name="connectionOwner">E.g. <c>user usr_a's connection</c>.</param>
    /// <param name="why">Why it matters, e.g. <see cref="WhyKept"/>.</param>
    /// <returns>The line.</returns>
    public static string HeldBySystem(SharedStateTrace trace, string connectionOwner, string why)
    {
        ArgumentNullException.ThrowIfNull(trace);
        IReadOnlyList<GraphStep> a = trace.StepsA;
        IReadOnlyList<GraphStep> b = trace.StepsB;
        string shared = Name(trace.Finding.SharedType);
        if (b.Count <= 1)
        {
            return $"{connectionOwner} ({shared}) is still held by the system {In(a)} (reached as {Path(a)}): {why}";
        }

        // The shared object sits inside the connection; when the system's path ends with the same fields, the system
        // holds the connection itself, one step before.
        int inside = b.Count - 1;
        bool viaConnection = a.Count > inside && a.Skip(a.Count - inside).Select(s => s.Segment).SequenceEqual(b.Skip(1).Select(s => s.Segment), StringComparer.Ordinal);
        if (viaConnection && b[1].Holder is { } connectionType)
        {
            return $"{connectionOwner} ({Name(connectionType)}) is still held by the system {In(a.Take(a.Count - inside).ToList())} (reached as {Path(a)}; what it shares is its {shared} at {Path(b)}): {why}";
        }

        return $"the {shared} that {connectionOwner} holds in {Holder(b) ?? Path(b)} is also held by the system {In(a)} (reached as {Path(a)}): {why}";
    }

    private static string In(IReadOnlyList<GraphStep> steps) => Holder(steps) is { } field ? $"in {field}" : "among its roots";

    /// <summary>
    /// Gets whether both paths enter framework internals before they meet (e.g. two sockets sharing the server's buffer
    /// pool): the walk then found no object of the team's shared across the roots, only the framework's own plumbing.
    /// </summary>
    public static bool OnlyThroughFramework(SharedStateTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        return EntersFramework(trace.StepsA) && EntersFramework(trace.StepsB);
    }

    /// <summary>Gets the last field of a team type on the path, as <c>Type.field</c>, or <see langword="null"/> when there is none.</summary>
    public static string? Holder(IReadOnlyList<GraphStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        for (int i = steps.Count - 1; i >= 1; i--)
        {
            GraphStep step = steps[i];
            if (!step.IsIndex && step.Holder is { } holder && !IsFramework(holder))
            {
                return $"{Name(holder)}.{step.Segment}";
            }
        }

        return null;
    }

    /// <summary>Renders the path up to the first segment inside a framework object, then summarises the rest.</summary>
    public static string Path(IReadOnlyList<GraphStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var text = new StringBuilder();
        for (int i = 0; i < steps.Count; i++)
        {
            GraphStep step = steps[i];
            if (i > 0 && !step.IsIndex && step.Holder is { } holder && IsFramework(holder))
            {
                text.Append(" → (inside framework internals of ").Append(Name(holder)).Append(')');
                break;
            }

            if (step.IsIndex)
            {
                text.Append('[').Append(step.Segment).Append(']');
            }
            else
            {
                text.Append(i == 0 ? string.Empty : ".").Append(step.Segment);
            }
        }

        return text.ToString();
    }

    private static bool EntersFramework(IReadOnlyList<GraphStep> steps) =>
        steps.Skip(1).Any(s => !s.IsIndex && s.Holder is { } holder && IsFramework(holder));

    /// <summary>Gets whether a type belongs to the framework (<c>System.*</c>, <c>Microsoft.*</c>) rather than the team.</summary>
    public static bool IsFramework(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        while (type.IsArray)
        {
            type = type.GetElementType()!;
        }

        string space = type.Namespace ?? string.Empty;
        return space == "System" || space.StartsWith("System.", StringComparison.Ordinal)
            || space == "Microsoft" || space.StartsWith("Microsoft.", StringComparison.Ordinal);
    }

    /// <summary>Gets the readable name of a type.</summary>
    public static string Name(Type type) => Ssot.TestFramework.Isolation.TypeNameFormatter.Format(type);
}
