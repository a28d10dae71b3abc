using System.Reflection;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Isolation;

/// <summary>
/// Finds singleton accessors: public static fields, properties and parameterless methods whose type is the manager
/// type (or a subtype). Each is read twice to say whether it hands out the same instance.
/// </summary>
internal static class SingletonAccessorInspector
{
    private const BindingFlags PublicStatic = BindingFlags.Static | BindingFlags.Public | BindingFlags.DeclaredOnly;

    public static IReadOnlyList<string> Find(IEnumerable<Type> types, Type managerType)
    {
        var findings = new List<string>();
        foreach (Type type in types.Where(t => !t.IsGenericTypeDefinition))
        {
            foreach (MemberInfo member in type.GetMembers(PublicStatic))
            {
                Func<object?>? read = member switch
                {
                    FieldInfo f when managerType.IsAssignableFrom(f.FieldType) => () => f.GetValue(null),
                    PropertyInfo p when managerType.IsAssignableFrom(p.PropertyType) && p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0 => () => p.GetValue(null),
                    MethodInfo m when managerType.IsAssignableFrom(m.ReturnType) && m.GetParameters().Length == 0 && !m.IsSpecialName && !m.ContainsGenericParameters => () => m.Invoke(null, null),
                    _ => null,
                };
                if (read is null)
                {
                    continue;
                }

                string name = $"{TypeNameFormatter.Format(type)}.{member.Name}";
                findings.Add($"public static {Kind(member)} {name} returns {TypeNameFormatter.Format(managerType)} without a user: {Verdict(read)}");
            }
        }

        return findings;
    }

    private static string Kind(MemberInfo member) => member switch
    {
        FieldInfo => "field",
        PropertyInfo => "property",
        _ => "method",
    };

    private static string Verdict(Func<object?> read)
    {
        try
        {
            object? first = read();
            object? second = read();
            if (first is null)
            {
                return "it returned null (a lazily created singleton?); remove it and create managers through the canonical factory";
            }

            return ReferenceEquals(first, second)
                ? "it returned the same instance twice (a singleton shared by all users)"
                : "it returned a new instance each time, but without a user context; remove it and use the canonical factory";
        }
        catch (TargetInvocationException ex)
        {
            return $"reading it threw {ex.InnerException?.GetType().Name}: {ex.InnerException?.Message}";
        }
    }
}
