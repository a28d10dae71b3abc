using System.Reflection;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <summary>Decides whether a value held by a static field can be changed, and says why.</summary>
internal static class MutableValue
{
    private const BindingFlags InstanceFields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    /// <summary>Returns why <paramref name="value"/> is mutable, or <see langword="null"/> when it cannot be changed.</summary>
    public static string? Why(object? value) => Why(value, depth: 0, new HashSet<object>(ReferenceEqualityComparer.Instance));

    private static string? Why(object? value, int depth, HashSet<object> seen)
    {
        if (value is null || value is string || value is Type || value is MemberInfo || value is Delegate { Target: null })
        {
            return null;
        }

        Type type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is decimal or DateTime or DateTimeOffset or TimeSpan or Guid)
        {
            return null;
        }

        if (value is Array array)
        {
            return array.Length == 0 ? null : $"an array of {array.Length} element(s), whose elements can be replaced";
        }

        string ns = type.Namespace ?? string.Empty;
        if (ns.StartsWith("System.Collections.Immutable", StringComparison.Ordinal) || ns.StartsWith("System.Collections.Frozen", StringComparison.Ordinal))
        {
            return null;
        }

        if (ns.StartsWith("System.Collections", StringComparison.Ordinal))
        {
            return $"a mutable collection ({Describe(type)})";
        }

        if (!seen.Add(value) || depth > 8)
        {
            return null;
        }

        for (Type? t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (FieldInfo field in t.GetFields(InstanceFields | BindingFlags.DeclaredOnly))
            {
                if (!field.IsInitOnly && !type.IsValueType)
                {
                    return $"an object of type {Describe(type)} with settable field '{field.Name}'";
                }

                string? inner = Why(field.GetValue(value), depth + 1, seen);
                if (inner is not null)
                {
                    return $"an object of type {Describe(type)} whose field '{field.Name}' holds {inner}";
                }
            }
        }

        return null;
    }

    internal static string Describe(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.FullName ?? type.Name;
        }

        string name = type.GetGenericTypeDefinition().FullName ?? type.Name;
        name = name[..name.IndexOf('`', StringComparison.Ordinal)];
        return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(Describe))}>";
    }
}
