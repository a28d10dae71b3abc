using System.Collections.Concurrent;
using System.Reflection;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Compliance.Baselines;
using Ssot.TestFramework.Compliance.Rules;
using Ssot.TestFramework.Fixtures.Suites;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.Fixtures.Sdk;

/// <summary>
/// Reads, at discovery, what a suite class's <see cref="SsotRegistryAttribute"/> says about each rule: the registry
/// issues the rule can report (<see cref="SsotRuleIssues"/>, over the registry as <see cref="SsotRegistryLoader"/> loads
/// it) and whether the baseline lists violations of the rule. Settings come from the attribute's
/// <see cref="IAttributeInfo"/> only. A registry or baseline that cannot be read gives no such trait and one diagnostic
/// message per class: it never breaks discovery. Thread-safe; caches one load per class for the reader's lifetime (one
/// discovery run).
/// </summary>
internal sealed class ComplianceTraitReader
{
    private static readonly string s_attributeName = typeof(SsotRegistryAttribute).AssemblyQualifiedName!;

    private readonly IMessageSink _diagnostics;
    private readonly Func<string, string>? _resolve;
    private readonly ConcurrentDictionary<string, Lazy<RegistryFacts?>> _classes = new(StringComparer.Ordinal);

    /// <summary>Initializes a reader.</summary>
    /// <param name="diagnostics">Where the diagnostic messages go (xUnit's diagnostic message sink).</param>
    /// <param name="resolve">
    /// How a relative path becomes a full one. Default: as <c>ImportComplianceSuite</c> resolves <c>RegistryPath</c>
    /// (against the test project's folder: the <c>Ssot.ProjectDirectory</c> stamp of the class's assembly, read through
    /// <see cref="IAssemblyInfo"/>, else the same fallbacks as <see cref="SsotProjectDirectory"/>), so discovery and the
    /// run read the same file.
    /// </param>
    public ComplianceTraitReader(IMessageSink diagnostics, Func<string, string>? resolve = null)
    {
        _diagnostics = diagnostics;
        _resolve = resolve;
    }

    /// <summary>Gets the traits of the check of <paramref name="rule"/> in <paramref name="testClass"/>.</summary>
    /// <param name="testClass">The test class (the team's derived suite class).</param>
    /// <param name="rule">The rule the check judges, or <see langword="null"/> for none.</param>
    /// <returns>The traits; <see cref="ComplianceTraits.None"/> without a rule, attribute or readable registry.</returns>
    public ComplianceTraits Read(ITypeInfo testClass, string? rule)
    {
        if (string.IsNullOrWhiteSpace(rule))
        {
            return ComplianceTraits.None;
        }

        IAttributeInfo? attribute = testClass.GetCustomAttributes(s_attributeName).FirstOrDefault();
        if (attribute is null)
        {
            return ComplianceTraits.None;
        }

        RegistryFacts? facts = _classes.GetOrAdd(testClass.Name, _ => new Lazy<RegistryFacts?>(() => Load(testClass.Name, attribute, _resolve ?? ResolverFor(testClass)))).Value;
        return facts is null
            ? ComplianceTraits.None
            : new ComplianceTraits(SsotRuleIssues.For(facts.Registry, rule), facts.BaselineRules?.Contains(rule) == true);
    }

    /// <summary>Resolves relative paths against the project folder of <paramref name="testClass"/>'s assembly, as the suite does at run time.</summary>
    private static Func<string, string> ResolverFor(ITypeInfo testClass)
    {
        string? stamped = null;
        foreach (IAttributeInfo metadata in testClass.Assembly.GetCustomAttributes(typeof(AssemblyMetadataAttribute)))
        {
            object?[] args = [.. metadata.GetConstructorArguments()];
            if (args is [string key, string value] && key == SsotProjectDirectory.MetadataKey && Path.IsPathFullyQualified(value))
            {
                stamped = Path.GetFullPath(value);
                break;
            }
        }

        string root = stamped ?? SsotProjectDirectory.Resolve(null, AppContext.BaseDirectory, Directory.GetCurrentDirectory()).Path;
        return path => Path.IsPathRooted(path) ? Path.GetFullPath(path) : Path.GetFullPath(Path.Combine(root, path));
    }

    private RegistryFacts? Load(string className, IAttributeInfo attribute, Func<string, string> resolve)
    {
        string? path = attribute.GetConstructorArguments().FirstOrDefault() as string;
        if (string.IsNullOrWhiteSpace(path))
        {
            Report($"{className}: [SsotRegistry] names no registry file; name the file RegistryPath names, e.g. [SsotRegistry(\"ssot.json\")]. Its checks carry no Issue traits.");
            return null;
        }

        string registryPath = path;
        SsotRegistry registry;
        try
        {
            registryPath = resolve(path);
            registry = SsotRegistryLoader.Load(registryPath);
        }
#pragma warning disable CA1031 // Discovery must never break: whatever the registry does, the tests are listed and report it when they run.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Report($"{className}: the registry {registryPath} named by [SsotRegistry] could not be read at discovery, so its checks carry no Issue traits; they report the error when they run: {OneLine(ex.Message)}");
            return null;
        }

        string? baselineSetting = attribute.GetNamedArgument<string?>(nameof(SsotRegistryAttribute.BaselinePath));
        string baselinePath = baselineSetting ?? Path.Combine(Path.GetDirectoryName(registryPath)!, "ssot.baseline.json");
        try
        {
            baselinePath = resolve(baselinePath);
            Baseline baseline = BaselineFile.Load(baselinePath).Baseline;
            return new RegistryFacts(registry, baseline.Entries.Where(e => e.Count > 0).Select(e => e.Key.Rule).ToHashSet(StringComparer.Ordinal));
        }
#pragma warning disable CA1031 // As above: an unreadable baseline costs the ExpectedToFail trait only.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Report($"{className}: the baseline {baselinePath} could not be read at discovery, so no check carries Category=ExpectedToFail from it; the checks report the error when they run: {OneLine(ex.Message)}");
            return new RegistryFacts(registry, null);
        }
    }

    private void Report(string message) => _diagnostics.OnMessage(new DiagnosticMessage("[ssot] " + message));

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>What one class's registry and baseline say; <see cref="BaselineRules"/> is <see langword="null"/> when the baseline was unreadable.</summary>
    private sealed record RegistryFacts(SsotRegistry Registry, IReadOnlySet<string>? BaselineRules);
}
