using System.Reflection;
using System.Runtime.CompilerServices;

namespace Ssot.TestFramework.Isolation;

/// <summary>
/// The types a factory suite inspects by default: the manager type, its base types and nested types, and, recursively,
/// the declared types of their instance fields (and generic arguments), limited to the manager's assembly.
/// </summary>
internal static class ManagerTypeClosure
{
    private const BindingFlags InstanceFields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    public static IReadOnlyList<Type> Of(Type managerType, IEnumerable<Type> extraRoots)
    {
        ArgumentNullException.ThrowIfNull(managerType);
        Assembly home = managerType.Assembly;
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>();
        pending.Enqueue(managerType);
        foreach (Type extra in extraRoots)
        {
            pending.Enqueue(extra);
        }

        while (pending.Count > 0)
        {
            Type type = pending.Dequeue();
            if (type.IsGenericType && !type.IsGenericTypeDefinition)
            {
                foreach (Type argument in type.GetGenericArguments())
                {
                    pending.Enqueue(argument);
                }

                type = type.GetGenericTypeDefinition();
            }

            if (type.IsArray || type.IsByRef || type.IsPointer)
            {
                pending.Enqueue(type.GetElementType()!);
                continue;
            }

            if (type.Assembly != home || type.IsGenericParameter || !seen.Add(type))
            {
                continue;
            }

            if (type.BaseType is { } baseType)
            {
                pending.Enqueue(baseType);
            }

            foreach (Type nested in type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (nested.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
                {
                    pending.Enqueue(nested);
                }
            }

            foreach (FieldInfo field in type.GetFields(InstanceFields))
            {
                pending.Enqueue(field.FieldType);
            }
        }

        return seen.OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();
    }
}
