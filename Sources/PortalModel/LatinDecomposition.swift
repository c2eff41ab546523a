import Foundation

/// Canonical decompositions of the Latin letters Vietnamese uses (U+00C0–U+024F, U+1E00–U+1EFF),
/// computed once with Foundation, so slugs and sort keys need no per-call normalisation.
enum LatinDecomposition {
    /// The scalars a precomposed letter decomposes into (base letter first), or nil.
    static func parts(_ scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
        let value = scalar.value
        if value >= 0xC0 && value <= 0x24F { return latin1And2[Int(value - 0xC0)] }
        if value >= 0x1E00 && value <= 0x1EFF { return extendedAdditional[Int(value - 0x1E00)] }
        return nil
    }

    private static let latin1And2: [[Unicode.Scalar]?] = (0xC0...0x24F).map(decompose)
    private static let extendedAdditional: [[Unicode.Scalar]?] = (0x1E00...0x1EFF).map(decompose)

    private static func decompose(_ value: Int) -> [Unicode.Scalar]? {
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return nil }
        let parts = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
        return parts.count > 1 ? parts : nil
    }
}
