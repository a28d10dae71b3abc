using System.Reflection;
using System.Runtime.CompilerServices;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Isolation;

/// <summary>
/// Finds static mutable state: static non-readonly fields (including static events), and static readonly fields whose
/// value is a mutable collection or an object with settable state. First the fields the inspected types declare, then
/// the static fields of other types that the inspected types' methods read or write (<see cref="StaticAccessFinder"/>),
/// each with the call chain that touches it. A readonly field whose value is allow-listed by the
/// <see cref="IsolationOptions"/> (a shared logger) is not reported.
/// </summary>
internal static class StaticStateInspector
{
    private const BindingFlags StaticFields = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    /// <summary>The assemblies whose code and static fields are followed by default: not the framework's, the kit's or the test libraries'.</summary>
    public static bool IsTeamAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        string name = assembly.GetName().Name ?? string.Empty;
        return !(name is "mscorlib" or "netstandard" or "System" or "Microsoft" or "WindowsBase" or "Moq" or "Castle.Core" or "Bogus" or "FluentAssertions"
            or "Ssot.TestFramework" or "Ssot.TestFramework.Common" or "Ssot.TestFramework.Compliance" or "Ssot.TestFramework.Fixtures"
            || name.StartsWith("System.", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.", StringComparison.Ordinal)
            || name.StartsWith("xunit", StringComparison.OrdinalIgnoreCase));
    }

    public static IReadOnlyList<string> Find(IEnumerable<Type> types) => Find(types, IsolationOptions.Default, follow: null);

    public static IReadOnlyList<string> Find(IEnumerable<Type> types, IsolationOptions isolation, Func<Assembly, bool>? follow)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(isolation);
        var inspected = types.ToList();
        var findings = new List<string>();
        foreach (Type type in inspected)
        {
            if (type.IsGenericTypeDefinition || type.GetCustomAttribute<CompilerGeneratedAttribute>() is not null)
            {
                // Open generic statics cannot be read; compiler-generated closures cache lambdas only.
                continue;
            }

            foreach (FieldInfo field in type.GetFields(StaticFields))
            {
                if (!field.IsLiteral && Describe(field, isolation, touched: null) is { } finding)
                {
                    findings.Add(finding);
                }
            }
        }

        if (follow is null)
        {
            return findings;
        }

        var declaredHere = new HashSet<Type>(inspected.Select(t => t.IsGenericType ? t.GetGenericTypeDefinition() : t));
        foreach (StaticAccess access in StaticAccessFinder.Find(inspected, follow))
        {
            Type holder = access.Field.DeclaringType!;
            if (declaredHere.Contains(holder) || (holder.IsGenericTypeDefinition && access.Field.IsInitOnly))
            {
                // Reported above with the declaration; an open generic's readonly value cannot be read.
                continue;
            }

            if (Describe(access.Field, isolation, access) is { } finding)
            {
                findings.Add(finding);
            }
        }

        return findings;
    }

    private static string? Describe(FieldInfo field, IsolationOptions isolation, StaticAccess? touched)
    {
        Type type = field.DeclaringType!;
        string owner = $"{TypeNameFormatter.Format(type)}.{TypeClassifier.FieldDisplayName(field)}";
        string fieldType = TypeNameFormatter.Format(field.FieldType);
        if (!field.IsInitOnly)
        {
            if (type.GetEvent(field.Name, StaticFields) is { } staticEvent)
            {
                return touched is null
                    ? $"static event {owner} ({fieldType}): every instance and user shares its subscribers"
                    : $"static event {owner} ({fieldType}) is {EventVerb(staticEvent, touched)} by {Chain(touched)}: every instance and user shares its subscribers";
            }

            return touched is null
                ? $"static field {owner} ({fieldType}) is not readonly: any code can replace it and every user sees the change"
                : $"static field {owner} ({fieldType}) is not readonly and is {(touched.Written ? "written" : "read")} by {Chain(touched)}: any code can replace it and every user sees the change";
        }

        object? value = field.GetValue(null);
        if (value is not null && isolation.IsAllowed(value))
        {
            return null;
        }

        return MutableValue.Why(value) is not { } why
            ? null
            : touched is null
                ? $"static readonly field {owner} holds {why}: every user shares it"
                : $"static readonly field {owner} holds {why} and is used by {Chain(touched)}: every user shares it";
    }

    private static string EventVerb(EventInfo staticEvent, StaticAccess touched)
    {
        MethodBase last = touched.Chain[^1];
        return last == staticEvent.AddMethod ? "subscribed to"
            : last == staticEvent.RemoveMethod ? "unsubscribed from"
            : touched.Written ? "written" : "raised or read";
    }

    private static string Chain(StaticAccess touched)
    {
        var names = new List<string>();
        foreach (MethodBase method in touched.Chain)
        {
            string name = MethodName(method);
            if (names.Count == 0 || names[^1] != name)
            {
                names.Add(name);
            }
        }

        return string.Join(" → ", names);
    }

    /// <summary><c>Type.Method</c> without the namespace; a lambda, local function or state machine is named after the method that holds it.</summary>
    private static string MethodName(MethodBase method)
    {
        Type type = method.DeclaringType!;
        string name = method.IsConstructor ? (method.IsStatic ? "static constructor" : "constructor") : method.Name;
        while (type.IsNested && type.GetCustomAttribute<CompilerGeneratedAttribute>() is not null)
        {
            if (type.Name.StartsWith('<') && type.Name.IndexOf('>', StringComparison.Ordinal) is > 1 and int end && !type.Name.StartsWith("<>", StringComparison.Ordinal))
            {
                name = type.Name[1..end]; // <AttachAsync>d__3.MoveNext: the async or iterator method itself
            }

            type = type.DeclaringType!;
        }

        if (name.StartsWith('<') && name.IndexOf('>', StringComparison.Ordinal) is > 1 and int close)
        {
            string outer = name[1..close];
            string rest = name[(close + 1)..];
            name = rest.StartsWith("g__", StringComparison.Ordinal)
                ? $"{outer} (local function {rest[3..].Split('|')[0]})"
                : $"{outer} (lambda)";
        }

        string typeName = TypeNameFormatter.Format(type);
        if (type.Namespace is { Length: > 0 } ns && typeName.StartsWith(ns + ".", StringComparison.Ordinal))
        {
            typeName = typeName[(ns.Length + 1)..];
        }

        return $"{typeName}.{name}";
    }
}
