using FluentAssertions;
using Ssot.TestFramework.Compliance.Rules;

namespace Ssot.TestFramework.Compliance.Tests.Rules;

/// <summary>
/// How SSOT006's surface check compares signatures and which types it leaves alone, on a small tree written to a temp
/// folder and scanned in source mode (the copies' file names nothing in the registry, so the surface round finds it).
/// </summary>
public sealed class DuplicateSurfaceSignatureTests : IDisposable
{
    private const string Canonical = """
        namespace Chat;

        public interface IHub
        {
            void Send(string text);
        }

        // Eight surface members; ToString and the private helper are not part of it.
        public class Hub : IHub
        {
            public Hub(string name) => Name = name;

            public event System.EventHandler? Closed;

            public string Name { get; }

            public int? Port { get; set; }

            public static Hub Create(string name) => new(name);

            public void Send(string text) => Closed?.Invoke(this, System.EventArgs.Empty);

            public T Get<T>(string key) => default!;

            public bool TryRead(string key, out string value)
            {
                value = Helper(key);
                return true;
            }

            public override string ToString() => Name;

            private static string Helper(string key) => key;
        }
        """;

    private const string Copies = """
        namespace Other;

        public static class Outer
        {
            // Parameter names, type parameter names, int vs int? and the name of the type itself differ: 8 of 8.
            public sealed class NestedCopy
            {
                public NestedCopy(string n) => Name = n;

                public event System.EventHandler? Closed;

                public string Name { get; }

                public int Port { get; set; }

                public static NestedCopy Create(string n) => new(n);

                public void Send(string message) => Closed?.Invoke(this, System.EventArgs.Empty);

                public TItem Get<TItem>(string k) => default!;

                public bool TryRead(string k, out string v)
                {
                    v = k;
                    return true;
                }
            }
        }

        // Three signatures differ: Get returns object, TryRead takes ref, Create is an instance method: 5 of 8.
        public sealed class Drifted
        {
            public Drifted(string name) => Name = name;

            public event System.EventHandler? Closed;

            public string Name { get; }

            public int? Port { get; set; }

            public Drifted Create(string name) => new(name);

            public void Send(string text) => Closed?.Invoke(this, System.EventArgs.Empty);

            public object Get<T>(string key) => key;

            public bool TryRead(string key, ref string value) => value.Length > 0;
        }
        """;

    private const string Related = """
        namespace Other;

        // Implements the concept's interface: the implementation check reports it, once.
        public sealed class SecondHub : Chat.IHub
        {
            public SecondHub(string name) => Name = name;

            public event System.EventHandler? Closed;

            public string Name { get; }

            public int? Port { get; set; }

            public static SecondHub Create(string name) => new(name);

            public void Send(string text) => Closed?.Invoke(this, System.EventArgs.Empty);

            public T Get<T>(string key) => default!;

            public bool TryRead(string key, out string value)
            {
                value = key;
                return true;
            }
        }

        // Derives from the canonical type and redeclares its surface: an extension, not a copy.
        public sealed class AuditedHub : Chat.Hub
        {
            public AuditedHub(string name) : base(name)
            {
            }

            public new event System.EventHandler? Closed;

            public new string Name => base.Name;

            public new int? Port { get; set; }

            public static new AuditedHub Create(string name) => new(name);

            public new void Send(string text) => Closed?.Invoke(this, System.EventArgs.Empty);

            public new T Get<T>(string key) => default!;

            public new bool TryRead(string key, out string value)
            {
                value = key;
                return true;
            }
        }
        """;

    private const string Legacy = """
        namespace Legacy;

        // The registry already lists it as deprecated: tracked, not reported again.
        public sealed class OldHub
        {
            public OldHub(string name) => Name = name;

            public event System.EventHandler? Closed;

            public string Name { get; }

            public int? Port { get; set; }

            public static OldHub Create(string name) => new(name);

            public void Send(string text) => Closed?.Invoke(this, System.EventArgs.Empty);

            public T Get<T>(string key) => default!;

            public bool TryRead(string key, out string value)
            {
                value = key;
                return true;
            }
        }
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("ssot-surface-").FullName;

    public DuplicateSurfaceSignatureTests()
    {
        foreach ((string file, string text) in new[] { ("Chat/Hub.cs", Canonical), ("Other/Copies.cs", Copies), ("Other/Related.cs", Related), ("Legacy/OldHub.cs", Legacy) })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_root, file))!);
            File.WriteAllText(Path.Combine(_root, file), text);
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string[] Ssot006(double threshold, bool withInterface = true)
    {
        string implements = withInterface ? ", \"implements\": \"T:Chat.IHub\"" : string.Empty;
        string json = $$"""
            {
              "canonical": [ { "symbol": "T:Chat.Hub"{{implements}} } ],
              "deprecated": [ { "symbol": "T:Legacy.OldHub", "replacement": "Chat.Hub" } ],
              "duplicateSurface": { "threshold": {{threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}} }
            }
            """;
        ScanResult result = SsotScanner.Scan(new ScanOptions(_root) { Mode = ScanMode.Source }, SsotRegistryLoader.Parse(json, "ssot.json", _root));
        result.Diagnostics.Should().BeEmpty();
        return result.Violations.Where(v => v.RuleId == SsotRuleIds.DuplicateImplementation).Select(v => $"{v.File}: {v.Message}").Order(StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public void Scan_CopyDifferingOnlyInNamesAndNullability_MatchesEveryMember()
    {
        Ssot006(0.8).Should().Contain(m => m.StartsWith("Other/Copies.cs: Other.Outer.NestedCopy duplicates the public surface of canonical Chat.Hub: 8 of 8 public members match (100%). Keep one implementation", StringComparison.Ordinal));
    }

    [Fact]
    public void Scan_StaticRefKindAndReturnTypeDifferences_DoNotMatch()
    {
        Ssot006(0.8).Should().NotContain(m => m.Contains("Other.Drifted", StringComparison.Ordinal));
        Ssot006(0.6).Should().Contain("Other/Copies.cs: Other.Drifted duplicates the public surface of canonical Chat.Hub: 5 of 8 public members match (62%); not matched: Create(string), Get<T>(string), TryRead(string, out string). Keep one implementation: move its callers to Chat.Hub and delete this copy, or list it in the registry's duplicateSurface.allow if it is a deliberate adapter.");
    }

    [Fact]
    public void Scan_TypesImplementingTheConceptsInterface_AreReportedOnceByTheImplementationCheck()
    {
        string[] findings = Ssot006(0.1);

        // AuditedHub implements Chat.IHub through its base class, so the implementation check counts it too.
        findings.Should().Contain("Other/Related.cs: 'Other.SecondHub' is one of 3 implementations of Chat.IHub; the canonical one is Chat.Hub.")
            .And.Contain("Other/Related.cs: 'Other.AuditedHub' is one of 3 implementations of Chat.IHub; the canonical one is Chat.Hub.")
            .And.NotContain(m => m.Contains("SecondHub duplicates", StringComparison.Ordinal) || m.Contains("AuditedHub duplicates", StringComparison.Ordinal) || m.Contains("OldHub", StringComparison.Ordinal));
        findings.Should().HaveCount(4, string.Join("\n", findings));
    }

    [Fact]
    public void Scan_WithoutAnInterfaceEntry_TheSameCopyIsASurfaceCopyButTheDerivedAndDeprecatedTypesAreNot()
    {
        string[] findings = Ssot006(0.1, withInterface: false);

        findings.Should().Contain("Other/Related.cs: Other.SecondHub duplicates the public surface of canonical Chat.Hub: 8 of 8 public members match (100%). Keep one implementation: move its callers to Chat.Hub and delete this copy, or list it in the registry's duplicateSurface.allow if it is a deliberate adapter.")
            .And.NotContain(m => m.Contains("AuditedHub", StringComparison.Ordinal) || m.Contains("OldHub", StringComparison.Ordinal));
        findings.Should().HaveCount(3, string.Join("\n", findings));
    }
}
