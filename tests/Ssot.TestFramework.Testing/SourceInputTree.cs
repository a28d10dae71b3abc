using System.Text;

namespace Ssot.TestFramework.Testing;

/// <summary>
/// The tree of the source-input tests, for the engine (Ssot.TestFramework.Compliance.Tests) and for the tool
/// (Ssot.TestFramework.Cli.Tests): in its own temp folder, <c>ssot.json</c> deprecating <c>T:Shop.LegacyFactory</c>,
/// <c>Legacy.cs</c> declaring it and <c>Use.cs</c> using it once (the violation that must always still be found).
/// </summary>
public static class SourceInputTree
{
    /// <summary>Creates the tree in a new temp folder and returns the folder; the caller deletes it.</summary>
    public static string Create()
    {
        string root = Path.Combine(Path.GetTempPath(), "ssot-input-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "ssot.json"), """{ "deprecated": [ { "symbol": "T:Shop.LegacyFactory", "replacement": "Shop.NewFactory" } ] }""");
        File.WriteAllText(Path.Combine(root, "Legacy.cs"), "namespace Shop;\npublic sealed class LegacyFactory { }\npublic sealed class NewFactory { }\n");
        File.WriteAllText(Path.Combine(root, "Use.cs"), "namespace Shop;\npublic static class Use\n{\n    public static object Make() => new LegacyFactory();\n}\n");
        return root;
    }

    /// <summary>Writes <paramref name="relative"/> under <paramref name="root"/> (UTF-8 without BOM unless told).</summary>
    public static void Write(string root, string relative, string text, Encoding? encoding = null)
    {
        string path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, encoding ?? new UTF8Encoding(false));
    }

    /// <summary>Writes <c>Parens.cs</c> and <c>Blocks.cs</c>, each nested deeper than the engine analyses, each using the deprecated type.</summary>
    public static void WriteDeep(string root)
    {
        Write(root, "Parens.cs", "namespace Shop;\npublic static class Parens\n{\n    public static int V = " + new string('(', 10_000) + "1" + new string(')', 10_000) + ";\n    static LegacyFactory? s_f;\n}\n");
        Write(root, "Blocks.cs", "namespace Shop;\npublic static class Blocks\n{\n    public static void M()\n" + new string('{', 20_000) + " _ = new LegacyFactory(); " + new string('}', 20_000) + "\n}\n");
    }
}
