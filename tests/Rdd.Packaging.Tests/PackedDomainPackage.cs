namespace Rdd.Packaging.Tests;

/// <summary>
/// Rdd.Domain alone, packed by <see cref="PackedPackages"/> (the same folder, nuget.config and version), for the tests
/// that only consume the library: packing the tool too would cost them minutes.
/// </summary>
public sealed class PackedDomainPackage : IDisposable
{
    public PackedPackages Packages { get; } = new(["src/Rdd.Domain/Rdd.Domain.csproj"]);

    public void Dispose() => Packages.Dispose();
}
