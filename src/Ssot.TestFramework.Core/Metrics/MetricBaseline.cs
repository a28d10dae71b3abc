using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Ssot.TestFramework.Common;

namespace Ssot.TestFramework.Metrics;

/// <summary>
/// A committed metrics baseline: one JSON file per test project (default <see cref="DefaultFileName"/> in the test
/// project's folder) that holds the accepted figure of each test's metric, keyed by test and metric. Held by
/// <see cref="RecordedMetric.AtMostBaseline"/> under the kit's one ratchet policy (<see cref="RatchetPolicy"/>): a
/// missing entry is created on a developer machine and is a failure on CI; <c>SSOT_UPDATE_BASELINE=1</c> accepts the
/// current figure; a better figure is reported and accepted only explicitly (metric figures are noisy, so the file is
/// never lowered on its own).
/// </summary>
/// <remarks>
/// Format: <c>{ "version": 1, "metrics": [ { "test", "metric", "unit", "value" } ] }</c>, sorted by test then metric,
/// two-space indent, LF. Thread-safe: every read-modify-write of one file is serialised within the process and reads
/// the file again, so tests running in parallel that write different entries never lose one; each write goes through
/// a temporary file and a rename (<see cref="AtomicFile"/>). Two processes writing the same file at the same moment
/// (two target frameworks) are not coordinated.
/// </remarks>
public sealed class MetricBaseline
{
    /// <summary>The file name used when a test does not name another: <c>ssot-metrics.baseline.json</c>.</summary>
    public const string DefaultFileName = "ssot-metrics.baseline.json";

    /// <summary>The format version written and accepted.</summary>
    public const int FormatVersion = 1;

    private const string Fix = "Repair it, or delete the entry (or the file) and rerun the test on a developer machine to recreate it.";

    private static readonly ConcurrentDictionary<string, object> s_gates = new(StringComparer.Ordinal);

    private readonly Func<string, string?> _environment;

    /// <summary>Initializes a baseline at <paramref name="path"/>.</summary>
    /// <param name="path">The file; made absolute against the current folder when relative.</param>
    /// <param name="environment">Reads <c>SSOT_UPDATE_BASELINE</c> and the CI variables (<see cref="CiDetector"/>); pass a test's <c>Env.Get</c>.</param>
    public MetricBaseline(string path, Func<string, string?> environment)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(environment);
        Path = System.IO.Path.GetFullPath(path);
        _environment = environment;
    }

    /// <summary>Gets the baseline file's absolute path.</summary>
    public string Path { get; }

    /// <summary>Reads the accepted figures.</summary>
    /// <returns>Every entry, keyed by test and metric; empty when the file does not exist.</returns>
    /// <exception cref="MetricBaselineException">The file is not a regular file, cannot be read, or is not a valid metrics baseline; the message names the file and the JSON path.</exception>
    public IReadOnlyDictionary<(string Test, string Metric), MetricSample> Read() => Load();

    /// <summary>Holds <paramref name="sample"/> of <paramref name="test"/> to its accepted figure times <paramref name="factor"/>.</summary>
    /// <returns>A line for the test's output (created, accepted, better than accepted) or <see langword="null"/>, and whether the file was written.</returns>
    internal (string? Line, bool Written) Check(string test, MetricSample sample, double factor)
    {
        lock (s_gates.GetOrAdd(Path, _ => new object()))
        {
            Dictionary<(string, string), MetricSample> entries = Load();
            bool known = entries.TryGetValue((test, sample.Name), out MetricSample? accepted);
            RatchetAction action = RatchetPolicy.Decide(known, _environment);
            string figure = $"{RecordedMetric.Format(sample.Value)} {sample.Unit}";
            switch (action)
            {
                case RatchetAction.Create or RatchetAction.Accept:
                    entries[(test, sample.Name)] = sample;
                    Write(entries);
                    return (known
                        ? $"[ssot] metric '{sample.Name}' = {figure} accepted in {Path} for {test} (was {RecordedMetric.Format(accepted!.Value)} {accepted.Unit}, {RatchetPolicy.UpdateVariable}=1); commit it."
                        : $"[ssot] metric '{sample.Name}' = {figure} recorded in {Path} for {test} as its accepted figure (a new entry); commit it.", true);
                case RatchetAction.None when !known:
                    throw new MetricBaselineException(
                        $"Metric '{sample.Name}' = {figure} of {test} has no accepted figure in the metrics baseline {Path}, and on CI ({CiDetector.Explain(_environment)}) a baseline entry is never created silently. " +
                        $"Run the test on a developer machine (or once with {RatchetPolicy.UpdateVariable}=1) to record it, then commit {Path}.");
            }

            if (!string.Equals(accepted!.Unit, sample.Unit, StringComparison.Ordinal))
            {
                throw new MetricBaselineException(
                    $"Metric '{sample.Name}' of {test} is recorded in {sample.Unit}, but its accepted figure in {Path} is {RecordedMetric.Format(accepted.Value)} {accepted.Unit}. Accept the new unit with {RatchetPolicy.UpdateVariable}=1, then commit {Path}.");
            }

            double bound = accepted.Value * factor;
            if (sample.Value > bound)
            {
                throw new MetricBoundExceededException(
                    $"Metric '{sample.Name}' = {figure} is above its baseline: at most {RecordedMetric.Format(factor)} × the accepted {RecordedMetric.Format(accepted.Value)} {accepted.Unit} = {RecordedMetric.Format(bound)} {sample.Unit} " +
                    $"({test} in {Path}). If the new figure is intended, accept it with {RatchetPolicy.UpdateVariable}=1 and commit {Path}.");
            }

            return (sample.Value < accepted.Value
                ? $"[ssot] metric '{sample.Name}' = {figure} is better than its accepted {RecordedMetric.Format(accepted.Value)} {accepted.Unit} ({test} in {Path}); the baseline is not lowered on its own: accept it with {RatchetPolicy.UpdateVariable}=1 and commit, so a regression back fails sooner."
                : null, false);
        }
    }

    private Dictionary<(string, string), MetricSample> Load()
    {
        switch (InputFile.KindOf(Path))
        {
            case InputFile.Kind.Missing:
                return [];
            case InputFile.Kind.Folder:
                throw new MetricBaselineException($"{Path}: the metrics baseline is a folder, not a file. Remove the folder, or name a file (e.g. {System.IO.Path.Combine(Path, DefaultFileName)}).");
        }

        string text = InputFile.ReadInput(
            Path,
            "a metrics baseline",
            "Put the baseline's JSON file there (a regular file).",
            "the metrics baseline",
            "Make it readable, or delete it and rerun on a developer machine to recreate it.",
            (message, cause) => new MetricBaselineException(message, cause));
        return Parse(text);
    }

    private Dictionary<(string, string), MetricSample> Parse(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            JsonElement root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out JsonElement version))
            {
                throw Corrupt($"not a metrics baseline (expected an object with \"version\": {FormatVersion} and \"metrics\")");
            }

            if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out int v) || v != FormatVersion || version.GetRawText() != v.ToString(CultureInfo.InvariantCulture))
            {
                throw Corrupt($"$.version is {version.GetRawText()}, not {FormatVersion}");
            }

            if (!root.TryGetProperty("metrics", out JsonElement metrics) || metrics.ValueKind != JsonValueKind.Array)
            {
                throw Corrupt("$.metrics is missing or not an array");
            }

            var entries = new Dictionary<(string, string), MetricSample>();
            var where = new Dictionary<(string, string), string>();
            int i = 0;
            foreach (JsonElement e in metrics.EnumerateArray())
            {
                string at = $"$.metrics[{i++}]";
                if (e.ValueKind != JsonValueKind.Object)
                {
                    throw Corrupt($"{at} is not an object");
                }

                string test = Text(e, "test", at);
                string metric = Text(e, "metric", at);
                string unit = Text(e, "unit", at);
                if (!e.TryGetProperty("value", out JsonElement value) || value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out double figure) || !double.IsFinite(figure) || figure < 0)
                {
                    throw Corrupt($"{at}.value must be a finite number of at least 0");
                }

                if (where.TryGetValue((test, metric), out string? first))
                {
                    throw Corrupt($"{at} repeats {first} (test '{test}', metric '{metric}'); keep one");
                }

                where[(test, metric)] = at;
                entries[(test, metric)] = new MetricSample(metric, figure, unit);
            }

            return entries;
        }
        catch (JsonException ex)
        {
            throw new MetricBaselineException($"{Path}({(ex.LineNumber ?? 0) + 1},{(ex.BytePositionInLine ?? 0) + 1}): invalid JSON in the metrics baseline: {ex.Message} {Fix}", ex);
        }
    }

    private string Text(JsonElement e, string name, string at) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())
            ? v.GetString()!
            : throw Corrupt($"{at}.{name} is missing or not a non-empty string");

    private MetricBaselineException Corrupt(string what) => new($"{Path}: {what}. {Fix}");

    private void Write(Dictionary<(string Test, string Metric), MetricSample> entries)
    {
        string json = ReportJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("version", FormatVersion);
            w.WriteStartArray("metrics");
            foreach (KeyValuePair<(string Test, string Metric), MetricSample> entry in entries
                .OrderBy(e => e.Key.Test, StringComparer.Ordinal)
                .ThenBy(e => e.Key.Metric, StringComparer.Ordinal))
            {
                w.WriteStartObject();
                w.WriteString("test", entry.Key.Test);
                w.WriteString("metric", entry.Key.Metric);
                w.WriteString("unit", entry.Value.Unit);
                w.WriteNumber("value", entry.Value.Value);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }) + "\n";
        try
        {
            AtomicFile.Write(Path, writer => writer.Write(json));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new MetricBaselineException($"{Path}: cannot write the metrics baseline ({ex.Message.TrimEnd('.')}). Make the file and its folder writable; the file was left as it was.", ex);
        }
    }
}
