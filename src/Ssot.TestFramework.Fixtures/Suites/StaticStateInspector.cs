using System.Reflection;
using System.Runtime.CompilerServices;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <summary>
/// Finds static mutable state: static non-readonly fields (including static events), and static readonly fields whose
/// value is a mutable collection or an object with settable state.
/// </summary>
internal static class StaticStateInspector
{
    private const BindingFlags StaticFields = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    public static IReadOnlyList<string> Find(IEnumerable<Type> types)
    {
        var findings = new List<string>();
        foreach (Type type in types)
        {
            if (type.IsGenericTypeDefinition || type.GetCustomAttribute<CompilerGeneratedAttribute>() is not null)
            {
                // Open generic statics cannot be read; compiler-generated closures cache lambdas only.
                continue;
            }

            foreach (FieldInfo field in type.GetFields(StaticFields))
            {
                if (field.IsLiteral)
                {
                    continue;
                }

                string owner = $"{Users.TypeNameFormatter.Format(type)}.{TypeClassifier.FieldDisplayName(field)}";
                if (!field.IsInitOnly)
                {
                    bool isEvent = type.GetEvent(field.Name, StaticFields) is not null;
                    findings.Add(isEvent
                        ? $"static event {owner} ({Users.TypeNameFormatter.Format(field.FieldType)}): every instance and user shares its subscribers"
                        : $"static field {owner} ({Users.TypeNameFormatter.Format(field.FieldType)}) is not readonly: any code can replace it and every user sees the change");
                    continue;
                }

                string? why = MutableValue.Why(field.GetValue(null));
                if (why is not null)
                {
                    findings.Add($"static readonly field {owner} holds {why}: every user shares it");
                }
            }
        }

        return findings;
    }
}
