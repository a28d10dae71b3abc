using System.Diagnostics;

namespace Ssot.TestFramework.Testing;

/// <summary>Makes real named pipes (FIFOs) for the tests of inputs that must never be opened.</summary>
public static class Fifo
{
    /// <summary>Creates a FIFO at <paramref name="path"/> with <c>mkfifo</c>, failing the test when it cannot.</summary>
    /// <param name="path">Where the FIFO goes; nothing may be there yet.</param>
    public static void Make(string path)
    {
        using Process process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false, RedirectStandardError = true })!;
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"mkfifo {path} failed with exit code {process.ExitCode}: {error}");
        }
    }
}
