namespace Ssot.TestFramework.Isolation;

/// <summary>Readable type names: <c>System.Collections.Generic.Dictionary&lt;String,Int32&gt;</c>, and camelCase root names.</summary>
internal static class TypeNameFormatter
{
    internal static string Format(Type type) => Format(type, qualify: true);

    internal static string RootName(Type type)
    {
        string name = StripArity(type.IsArray ? "array" : type.Name);
        return name.Length == 0 ? "root" : char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static string Format(Type type, bool qualify)
    {
        if (type.IsArray)
        {
            return Format(type.GetElementType()!, qualify) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }

        string prefix = qualify
            ? (type.IsNested ? Format(type.DeclaringType!, qualify: true) + "+" : (type.Namespace is { } ns ? ns + "." : string.Empty))
            : string.Empty;
        string name = StripArity(type.Name);
        if (!type.IsGenericType)
        {
            return prefix + name;
        }

        Type[] ownArguments = type.GetGenericArguments();
        if (type.IsNested && type.DeclaringType!.IsGenericTypeDefinition)
        {
            ownArguments = ownArguments[type.DeclaringType.GetGenericArguments().Length..];
        }

        return ownArguments.Length == 0
            ? prefix + name
            : prefix + name + "<" + string.Join(",", ownArguments.Select(a => Format(a, qualify: false))) + ">";
    }

    private static string StripArity(string name)
    {
        int tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }
}
