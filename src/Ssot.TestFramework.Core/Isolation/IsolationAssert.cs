using System.Text;

namespace Ssot.TestFramework.Isolation;

/// <summary>Assertions that object graphs belonging to different users (or other roots) are isolated.</summary>
/// <remarks>Thread-safe: every call uses its own state.</remarks>
public static class IsolationAssert
{
    /// <summary>
    /// Asserts that no mutable object is reachable from more than one root (see <see cref="ObjectGraphInspector"/>
    /// for what is walked and what counts as harmless).
    /// </summary>
    /// <param name="roots">The labelled roots; a blank label defaults to the camelCase name of the root's type.</param>
    /// <param name="options">Allow-list and limits; <see langword="null"/> uses <see cref="IsolationOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="roots"/> is <see langword="null"/>.</exception>
    /// <exception cref="IsolationAssertionException">Shared mutable state was found; the message lists every finding.</exception>
    /// <exception cref="InvalidOperationException">The walk exceeded <see cref="IsolationOptions.MaxObjectsToWalk"/>.</exception>
    public static void NoSharedState(IReadOnlyList<(string Label, object Root)> roots, IsolationOptions? options = null)
    {
        IsolationOptions effective = options ?? IsolationOptions.Default;
        IReadOnlyList<SharedStateFinding> findings = ObjectGraphInspector.FindSharedState(roots, effective);
        if (findings.Count == 0)
        {
            return;
        }

        StringBuilder message = new StringBuilder()
            .Append("Expected no shared mutable state between ").Append(roots.Count).Append(" roots, but found ")
            .Append(findings.Count)
            .Append(findings.Count >= effective.MaxFindings ? " (IsolationOptions.MaxFindings reached; more may exist)" : string.Empty)
            .Append(':');
        foreach (SharedStateFinding finding in findings)
        {
            message.AppendLine().Append("  ").Append(finding);
        }

        throw new IsolationAssertionException(message.ToString(), findings);
    }

    /// <summary>
    /// Asserts that every root is a different instance (reference identity). Null roots and boxed value types are
    /// ignored.
    /// </summary>
    /// <param name="roots">The labelled roots.</param>
    /// <exception cref="ArgumentNullException"><paramref name="roots"/> is <see langword="null"/>.</exception>
    /// <exception cref="IsolationAssertionException">Some roots are the same instance; the message names their labels.</exception>
    public static void DistinctInstances(IReadOnlyList<(string Label, object Root)> roots)
    {
        ArgumentNullException.ThrowIfNull(roots);
        var groups = new Dictionary<object, List<string>>(ReferenceEqualityComparer.Instance);
        var order = new List<object>();
        foreach ((string Label, object Root) root in roots)
        {
            if (root.Root is null || root.Root.GetType().IsValueType)
            {
                continue;
            }

            if (!groups.TryGetValue(root.Root, out List<string>? labels))
            {
                groups.Add(root.Root, labels = []);
                order.Add(root.Root);
            }

            labels.Add(ObjectGraphWalker.LabelOf(root));
        }

        object[] duplicates = order.Where(o => groups[o].Count > 1).ToArray();
        if (duplicates.Length == 0)
        {
            return;
        }

        var message = new StringBuilder("Expected a distinct instance per root, but some got the same instance:");
        foreach (object? instance in duplicates)
        {
            message.AppendLine().Append("  ").Append(string.Join(", ", groups[instance]))
                .Append(" got the same ").Append(TypeNameFormatter.Format(instance.GetType()));
        }

        throw new IsolationAssertionException(message.ToString());
    }
}
