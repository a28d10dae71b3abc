using FluentAssertions;
using Ssot.TestFramework.Compliance.Rules;

namespace Ssot.TestFramework.Compliance.Tests.Rules;

/// <summary>
/// Source mode cannot see packages: such an entry is a warning, never a refusal of the whole scan, while a typo in what
/// the sources declare stays an error. Both regressions came from dotnet/efcore (bench/real-repos/efcore).
/// </summary>
public sealed class SourceModeRegistryTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ssot-source-registry-" + Guid.NewGuid().ToString("N"));

    public SourceModeRegistryTests()
    {
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, "Sqlite.cs"), "namespace Shop.Data.Sqlite;\npublic sealed class SqliteStore { }\n");
        File.WriteAllText(Path.Combine(_root, "Ext.cs"), "namespace Shop;\npublic static class Ext\n{\n    public static void Run(Newtonsoft.Json.JsonReader reader) { }\n}\n");
        File.WriteAllText(Path.Combine(_root, "Use.cs"), "namespace Shop;\npublic static class Use\n{\n    public static void Go() => Ext.Run(null!);\n}\n");
    }

    private ScanResult Scan(string symbol) =>
        SsotScanner.Scan(_root, SsotRegistryLoader.Parse($$"""{ "deprecated": [ { "symbol": "{{symbol}}", "replacement": "x" } ] }""", "ssot.json", _root));

    [Fact]
    public void Scan_PackageNamespaceBesideADeclaredSibling_IsAWarning()
    {
        ScanResult result = Scan("T:Shop.Data.SqlClient.SqlConnection");

        result.Warnings.Should().ContainSingle().Which.Should().Contain("'T:Shop.Data.SqlClient.SqlConnection' cannot be checked without the project");
    }

    [Fact]
    public void Scan_TypoInADeclaredNamespace_IsAnError()
    {
        Action scan = () => Scan("T:Shop.Data.Sqlite.SqliteStor");

        scan.Should().Throw<SsotRegistryException>().WithMessage("*'T:Shop.Data.Sqlite.SqliteStor'*");
    }

    [Fact]
    public void Scan_MethodWhoseParameterTypeComesFromAPackage_IsAWarningNotARefusal()
    {
        ScanResult result = Scan("M:Shop.Ext.Run(Newtonsoft.Json.JsonReader)");

        result.Warnings.Should().ContainSingle().Which.Should().Contain("the method exists, but its parameter types do not bind in source mode");
        result.Violations.Should().BeEmpty("an unbound overload is never guessed");
    }

    [Fact]
    public void Scan_MethodNameTypoOnADeclaredType_IsAnError()
    {
        Action scan = () => Scan("M:Shop.Ext.Rnu(System.String)");

        scan.Should().Throw<SsotRegistryException>().WithMessage("*'M:Shop.Ext.Rnu(System.String)'*");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
