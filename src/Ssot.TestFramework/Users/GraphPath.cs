using System.Text;

namespace Ssot.TestFramework.Users;

/// <summary>An immutable, parent-linked path from a root, rendered like <c>manager._inner._cache[3]</c>.</summary>
internal sealed class GraphPath
{
    private readonly GraphPath? _parent;
    private readonly string _segment;
    private readonly bool _isIndex;

    private GraphPath(GraphPath? parent, string segment, bool isIndex)
    {
        _parent = parent;
        _segment = segment;
        _isIndex = isIndex;
    }

    internal static GraphPath Root(string name) => new(null, name, isIndex: false);

    internal GraphPath Field(string name) => new(this, name, isIndex: false);

    internal GraphPath Index(string key) => new(this, key, isIndex: true);

    public override string ToString()
    {
        var segments = new Stack<GraphPath>();
        for (var node = this; node is not null; node = node._parent)
        {
            segments.Push(node);
        }

        var text = new StringBuilder();
        foreach (var node in segments)
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
