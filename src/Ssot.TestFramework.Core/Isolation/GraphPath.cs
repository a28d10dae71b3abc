using System.Text;

namespace Ssot.TestFramework.Isolation;

/// <summary>An immutable, parent-linked path from a root, rendered like <c>manager._inner._cache[3]</c>.</summary>
internal sealed class GraphPath
{
    private readonly GraphPath? _parent;
    private readonly string _segment;
    private readonly bool _isIndex;
    private readonly Type? _holder;

    private GraphPath(GraphPath? parent, string segment, bool isIndex, Type? holder)
    {
        _parent = parent;
        _segment = segment;
        _isIndex = isIndex;
        _holder = holder;
    }

    internal static GraphPath Root(string name) => new(null, name, isIndex: false, holder: null);

    /// <summary>A field (or auto-property) segment of an object of type <paramref name="holder"/>.</summary>
    internal GraphPath Field(string name, Type? holder = null) => new(this, name, isIndex: false, holder);

    /// <summary>An element segment of a collection or array of type <paramref name="holder"/>.</summary>
    internal GraphPath Index(string key, Type? holder = null) => new(this, key, isIndex: true, holder);

    /// <summary>Gets the segments from the root on, each with the type of the object that holds it (<see langword="null"/> for the root).</summary>
    internal IReadOnlyList<GraphStep> Steps()
    {
        var steps = new List<GraphStep>();
        for (GraphPath? node = this; node is not null; node = node._parent)
        {
            steps.Add(new GraphStep(node._segment, node._isIndex, node._holder));
        }

        steps.Reverse();
        return steps;
    }

    public override string ToString()
    {
        var segments = new Stack<GraphPath>();
        for (GraphPath? node = this; node is not null; node = node._parent)
        {
            segments.Push(node);
        }

        var text = new StringBuilder();
        foreach (GraphPath node in segments)
        {
            if (node._isIndex)
            {
                text.Append('[').Append(node._segment).Append(']');
            }
            else
            {
                if (text.Length > 0)
                {
                    text.Append('.');
                }

                text.Append(node._segment);
            }
        }

        return text.ToString();
    }
}

/// <summary>One segment of a <see cref="GraphPath"/>: a field name or an element key, and the type of the object holding it.</summary>
/// <param name="Segment">The field's display name, or the element's key or index.</param>
/// <param name="IsIndex">Whether the segment is an element of a collection or array.</param>
/// <param name="Holder">The type of the object that holds the segment; <see langword="null"/> for the root.</param>
internal sealed record GraphStep(string Segment, bool IsIndex, Type? Holder);
