using System.Collections;
using System.Globalization;
using System.Reflection;

namespace Ssot.TestFramework.Isolation;

/// <summary>
/// One breadth-first walk over several roots that records which root first reached each mutable object and reports
/// the outermost mutable objects reachable from more than one root. Not thread-safe; use one instance per analysis.
/// </summary>
internal sealed class ObjectGraphWalker
{
    private readonly IReadOnlyList<(string Label, object Root)> _roots;
    private readonly IsolationOptions _options;
    private readonly Dictionary<object, (int Root, GraphPath Path)> _owners = new(ReferenceEqualityComparer.Instance);
    private readonly List<(int RootA, int RootB, SharedStateTrace Trace)> _findings = [];
    private readonly Queue<(object Value, GraphPath Path)> _queue = new();
    private HashSet<object> _visited = new(ReferenceEqualityComparer.Instance);
    private int _objectsWalked;
    private int _currentRoot;

    internal ObjectGraphWalker(IReadOnlyList<(string Label, object Root)> roots, IsolationOptions options)
    {
        _roots = roots;
        _options = options;
    }

    internal IReadOnlyList<SharedStateFinding> Run() => RunTraced().Select(t => t.Finding).ToArray();

    /// <summary>Runs the walk and returns each finding with the typed segments of both paths.</summary>
    internal IReadOnlyList<SharedStateTrace> RunTraced()
    {
        for (_currentRoot = 0; _currentRoot < _roots.Count && !IsFull; _currentRoot++)
        {
            object? root = _roots[_currentRoot].Root;
            if (root is null)
            {
                continue;
            }

            _visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
            _queue.Clear();
            Enqueue(root, GraphPath.Root(TypeNameFormatter.RootName(root.GetType())));
            while (_queue.Count > 0 && !IsFull)
            {
                (object? value, GraphPath? path) = _queue.Dequeue();
                Visit(value, path);
            }
        }

        return _findings
            .OrderBy(f => f.RootA).ThenBy(f => f.RootB)
            .ThenBy(f => f.Trace.Finding.PathB, StringComparer.Ordinal).ThenBy(f => f.Trace.Finding.PathA, StringComparer.Ordinal)
            .Select(f => f.Trace)
            .ToArray();
    }

    internal static string LabelOf((string Label, object Root) root) =>
        string.IsNullOrWhiteSpace(root.Label) && root.Root is not null
            ? TypeNameFormatter.RootName(root.Root.GetType())
            : root.Label;

    private bool IsFull => _findings.Count >= _options.MaxFindings;

    private void Enqueue(object? value, GraphPath path)
    {
        if (value is null or string)
        {
            return;
        }

        Type type = value.GetType();
        if (type.IsValueType)
        {
            // Value types are walked inline: a boxed copy has no identity worth tracking.
            if (TypeClassifier.MayReference(type))
            {
                WalkFields(value, type, path);
            }

            return;
        }

        _queue.Enqueue((value, path));
    }

    private void Visit(object value, GraphPath path)
    {
        Type type = value.GetType();
        ObjectKind kind = TypeClassifier.Classify(type);
        if (kind == ObjectKind.Opaque || _options.IsAllowed(value) || !_visited.Add(value))
        {
            return;
        }

        if (++_objectsWalked > _options.MaxObjectsToWalk)
        {
            throw new InvalidOperationException(
                $"The shared-state analysis walked more than {_options.MaxObjectsToWalk:N0} objects " +
                $"(IsolationOptions.MaxObjectsToWalk) and stopped at {path} from {LabelOf(_roots[_currentRoot])}. " +
                "Raise the limit or allow-list large shared types; the analysis never passes silently.");
        }

        bool mutable = kind switch
        {
            ObjectKind.Array => ((Array)value).Length > 0,
            ObjectKind.MutableCollection or ObjectKind.MutableObject => true,
            _ => false,
        };
        if (mutable)
        {
            if (_owners.TryGetValue(value, out (int Root, GraphPath Path) owner))
            {
                if (owner.Root != _currentRoot)
                {
                    AddFinding(type, owner, path);
                    return;
                }
            }
            else
            {
                _owners.Add(value, (_currentRoot, path));
            }
        }

        switch (kind)
        {
            case ObjectKind.Delegate:
                WalkDelegate((Delegate)value, path);
                break;
            case ObjectKind.Array:
                WalkArray((Array)value, path);
                break;
            case ObjectKind.MutableCollection:
            case ObjectKind.ImmutableCollection:
                WalkCollection(value, type, path);
                break;
            default:
                WalkFields(value, type, path);
                break;
        }
    }

    private void AddFinding(Type type, (int Root, GraphPath Path) owner, GraphPath path)
    {
        var finding = new SharedStateFinding(
            type,
            LabelOf(_roots[owner.Root]),
            owner.Path.ToString(),
            LabelOf(_roots[_currentRoot]),
            path.ToString());
        _findings.Add((owner.Root, _currentRoot, new SharedStateTrace(finding, owner.Path.Steps(), path.Steps())));
    }

    private void WalkFields(object value, Type type, GraphPath path)
    {
        foreach (FieldInfo field in TypeClassifier.WalkableFields(type))
        {
            Enqueue(field.GetValue(value), path.Field(TypeClassifier.FieldDisplayName(field), type));
        }
    }

    private void WalkDelegate(Delegate value, GraphPath path)
    {
        Delegate[] invocations = value.GetInvocationList();
        if (invocations.Length == 1)
        {
            Enqueue(value.Target, path.Field("Target", value.GetType()));
            return;
        }

        for (int i = 0; i < invocations.Length; i++)
        {
            Enqueue(invocations[i].Target, path.Index(i.ToString(CultureInfo.InvariantCulture), value.GetType()).Field("Target", invocations[i].GetType()));
        }
    }

    private void WalkArray(Array array, GraphPath path)
    {
        if (!TypeClassifier.MayReference(array.GetType().GetElementType()!))
        {
            return;
        }

        int index = 0;
        foreach (object? element in array)
        {
            Enqueue(element, path.Index(index.ToString(CultureInfo.InvariantCulture), array.GetType()));
            index++;
        }
    }

    private void WalkCollection(object collection, Type type, GraphPath path)
    {
        List<(object? Value, GraphPath Path)> children = [];
        try
        {
            int index = 0;
            if (collection is IDictionary dictionary)
            {
                foreach (DictionaryEntry entry in dictionary)
                {
                    object key = entry.Key;
                    if (key is string || key.GetType().IsPrimitive || key.GetType().IsEnum)
                    {
                        children.Add((entry.Value, path.Index(Convert.ToString(key, CultureInfo.InvariantCulture)!, type)));
                    }
                    else
                    {
                        GraphPath itemPath = path.Index(index.ToString(CultureInfo.InvariantCulture), type);
                        children.Add((key, itemPath.Field("Key", type)));
                        children.Add((entry.Value, itemPath.Field("Value", type)));
                    }

                    index++;
                }
            }
            else
            {
                foreach (object? item in (IEnumerable)collection)
                {
                    children.Add((item, path.Index(index.ToString(CultureInfo.InvariantCulture), type)));
                    index++;
                }
            }
        }
        catch (InvalidOperationException)
        {
            // The collection changed while being enumerated (or cannot be enumerated): fall back to its fields.
            WalkFields(collection, type, path);
            return;
        }

        foreach ((object? value, GraphPath? childPath) in children)
        {
            Enqueue(value, childPath);
        }
    }
}
