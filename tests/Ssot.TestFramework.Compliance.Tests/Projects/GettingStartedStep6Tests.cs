using FluentAssertions;
using Ssot.TestFramework.Compliance.Rules;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Compliance.Tests.Projects;

/// <summary>
/// docs/getting-started.md step 6, done as written on a copy of the sample backend in exact mode: replace the two uses
/// of the deprecated factory, delete it, mark its entry removed; every rule passes; bringing it back fails SSOT007.
/// </summary>
public sealed class GettingStartedStep6Tests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ssot-step6-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Step6_DeleteTheFactoryAndMarkItRemoved_EveryRulePassesUntilItComesBack()
    {
        string samples = Path.Combine(KitPaths.RepositoryRoot(), "samples");
        string backend = Path.Combine(_root, "ChatBackend");
        KitPaths.CopyDirectory(Path.Combine(samples, "ChatBackend"), backend);
        // The sample's Directory.Build.props imports the kit's own; the copy stands alone like a team's project.
        File.WriteAllText(Path.Combine(_root, "Directory.Build.props"), "<Project><PropertyGroup><Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings></PropertyGroup></Project>\n");
        (int restored, string restoreOutput) = DotnetCli.Run(_root, ["restore", backend]);
        restored.Should().Be(0, restoreOutput);
        string registryText = File.ReadAllText(Path.Combine(samples, "ChatBackend.Tests", "ssot.json"));

        foreach (string file in new[] { "Hosting/ChatEndpoint.cs", "Agents/LegacyNotifier.cs" })
        {
            string path = Path.Combine(backend, file);
            File.WriteAllText(path, File.ReadAllText(path).Replace("WebSocketManagerFactory.CreateForUser(userId, connectionId)", "WebSocketManager.Create(new ChatUser(userId, connectionId))", StringComparison.Ordinal));
        }

        string factory = Path.Combine(backend, "WebSockets", "WebSocketManagerFactory.cs");
        string factoryText = File.ReadAllText(factory);
        File.Delete(factory);

        Action notMarked = () => Scan(backend, registryText);
        notMarked.Should().Throw<SsotRegistryException>().WithMessage("*'T:Chat.WebSockets.WebSocketManagerFactory'*mark the entry \"removed\": true*");

        string marked = registryText.Replace("\"issue\": \"#1066\",", "\"issue\": \"#1066\",\n      \"removed\": true,", StringComparison.Ordinal);
        marked.Should().NotBe(registryText);
        ScanResult remediated = Scan(backend, marked);
        remediated.Engine.IsExact.Should().BeTrue(remediated.Engine.Label);
        remediated.Violations.Should().BeEmpty();
        remediated.Diagnostics.Should().BeEmpty();

        File.WriteAllText(factory, factoryText);
        ScanResult back = Scan(backend, marked);
        back.Violations.Should().Contain(v => v.RuleId == SsotRuleIds.RemovedSymbolDeclared && v.File == "ChatBackend/WebSockets/WebSocketManagerFactory.cs");
    }

    private ScanResult Scan(string backend, string registry) =>
        SsotScanner.Scan(new ScanOptions(backend) { PathRoot = _root }, SsotRegistryLoader.Parse(registry, "ssot.json", _root));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
