using BenchmarkDotNet.Running;

namespace Rdd.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line, e.g. <c>--filter '*Validation*' --job short</c>.</summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    /// <param name="args">BenchmarkDotNet's arguments.</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
