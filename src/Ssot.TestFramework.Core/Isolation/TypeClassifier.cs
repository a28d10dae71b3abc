using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace Ssot.TestFramework.Isolation;

/// <summary>Cached, thread-safe reflection facts used by the object-graph walk.</summary>
internal static class TypeClassifier
{
    private const BindingFlags InstanceFields =
        BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    private static readonly ConcurrentDictionary<Type, ObjectKind> s_kinds = new();
    private static readonly ConcurrentDictionary<Type, FieldInfo[]> s_fields = new();
    private static readonly ConcurrentDictionary<Type, bool> s_mayReference = new();

    private static readonly Type[] s_opaqueBaseTypes =
    [
        typeof(string), typeof(MemberInfo), typeof(Assembly), typeof(Module), typeof(ParameterInfo), typeof(Pointer),
        typeof(Task), typeof(CultureInfo), typeof(Encoding), typeof(StringComparer), typeof(TextInfo),
        typeof(CompareInfo), typeof(NumberFormatInfo), typeof(DateTimeFormatInfo), typeof(TimeZoneInfo),
    ];

    internal static ObjectKind Classify(Type type) => s_kinds.GetOrAdd(type, ClassifyCore);

    /// <summary>Instance fields of the whole hierarchy, base type first, each type in declaration order, minus fields that cannot hold references.</summary>
    internal static FieldInfo[] WalkableFields(Type type) => s_fields.GetOrAdd(type, static t =>
        Hierarchy(t)
            .SelectMany(h => h.GetFields(InstanceFields).OrderBy(f => f.MetadataToken))
            .Where(f => !f.FieldType.IsPointer && MayReference(f.FieldType))
            .ToArray());

    /// <summary>Whether a value of a field or element of this static type can lead to a heap object worth walking.</summary>
    internal static bool MayReference(Type type)
    {
        if (!type.IsValueType)
        {
            return type != typeof(string);
        }

        return s_mayReference.GetOrAdd(type, static t =>
            !t.IsPrimitive && !t.IsEnum && !t.IsPointer && t != typeof(decimal) &&
            Hierarchy(t).SelectMany(h => h.GetFields(InstanceFields))
                .Any(f => !f.FieldType.IsPointer && f.FieldType != t && MayReference(f.FieldType)));
    }

    internal static string FieldDisplayName(FieldInfo field)
    {
        string name = field.Name;
        const string BackingSuffix = ">k__BackingField";
        return name.StartsWith('<') && name.EndsWith(BackingSuffix, StringComparison.Ordinal)
            ? name[1..^BackingSuffix.Length]
            : name;
    }

    private static ObjectKind ClassifyCore(Type type)
    {
        if (type.IsPrimitive || type.IsEnum || s_opaqueBaseTypes.Any(b => b.IsAssignableFrom(type)) || IsComparerSingleton(type))
        {
            return ObjectKind.Opaque;
        }

        if (typeof(Delegate).IsAssignableFrom(type))
        {
            return ObjectKind.Delegate;
        }

        if (type.IsArray)
        {
            return ObjectKind.Array;
        }

        bool immutable = IsImmutableHierarchy(type);
        if (IsBclCollection(type))
        {
            return immutable || type.Namespace == "System.Collections.Immutable"
                ? ObjectKind.ImmutableCollection
                : ObjectKind.MutableCollection;
        }

        return immutable ? ObjectKind.ImmutableObject : ObjectKind.MutableObject;
    }

    private static bool IsBclCollection(Type type) =>
        type.Namespace is { } ns &&
        (ns == "System.Collections" || ns.StartsWith("System.Collections.", StringComparison.Ordinal)) &&
        typeof(IEnumerable).IsAssignableFrom(type);

    private static bool IsComparerSingleton(Type type)
    {
        for (Type? current = type; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType &&
                (current.GetGenericTypeDefinition() == typeof(EqualityComparer<>) ||
                 current.GetGenericTypeDefinition() == typeof(Comparer<>)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsImmutableHierarchy(Type type) =>
        Hierarchy(type).All(h => h.GetFields(InstanceFields).All(f => f.IsInitOnly));

    private static IEnumerable<Type> Hierarchy(Type type)
    {
        var chain = new List<Type>();
        for (Type? current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            chain.Add(current);
        }

        chain.Reverse();
        return chain;
    }
}
