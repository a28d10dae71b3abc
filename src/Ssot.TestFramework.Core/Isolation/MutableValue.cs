using System.Reflection;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Isolation;

/// <summary>
/// Decides whether a value held by a static field can be changed, and says why. It classifies types exactly as the
/// object-graph isolation walk does (<see cref="TypeClassifier"/>), so both checks agree on what is harmless.
/// </summary>
internal static class MutableValue
{
    private const BindingFlags InstanceFields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
    private const int MaxDepth = 8;

    /// <summary>Returns why <paramref name="value"/> is mutable, or <see langword="null"/> when it cannot be changed.</summary>
    public static string? Why(object? value) => Why(value, depth: 0, new HashSet<object>(ReferenceEqualityComparer.Instance));

    private static string? Why(object? value, int depth, HashSet<object> seen)
    {
        if (value is null || depth > MaxDepth || (!value.GetType().IsValueType && !seen.Add(value)))
        {
            return null;
        }

        Type type = value.GetType();
        switch (TypeClassifier.Classify(type))
        {
            case ObjectKind.Opaque or ObjectKind.ImmutableCollection:
                return null;
            case ObjectKind.Array:
                return ((Array)value).Length == 0 ? null : $"an array of {((Array)value).Length} element(s), whose elements can be replaced";
            case ObjectKind.MutableCollection:
                return $"a mutable collection ({TypeNameFormatter.Format(type)})";
            case ObjectKind.Delegate:
                return Why(((Delegate)value).Target, depth + 1, seen) is { } inTarget ? $"a delegate whose target holds {inTarget}" : null;
            case ObjectKind.MutableObject when !type.IsValueType:
                FieldInfo settable = Hierarchy(type).SelectMany(t => t.GetFields(InstanceFields)).First(f => !f.IsInitOnly);
                return $"an object of type {TypeNameFormatter.Format(type)} with settable field '{TypeClassifier.FieldDisplayName(settable)}'";
            default:
                // Readonly objects (and structs, which a readonly field cannot change): mutable only through what they hold.
                foreach (FieldInfo field in TypeClassifier.WalkableFields(type))
                {
                    if (Why(field.GetValue(value), depth + 1, seen) is { } inner)
                    {
                        return $"an object of type {TypeNameFormatter.Format(type)} whose field '{TypeClassifier.FieldDisplayName(field)}' holds {inner}";
                    }
                }

                return null;
        }
    }

    private static IEnumerable<Type> Hierarchy(Type type)
    {
        for (Type? t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            yield return t;
        }
    }
}
