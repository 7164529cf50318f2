using BenchmarkDotNet.Running;

namespace Bff.GraphQL.Comparison;

internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
