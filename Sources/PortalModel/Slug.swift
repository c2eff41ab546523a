import Foundation

/// URL slugs per DESIGN.md §4: NFC, lower-case, `đ`→`d`, marks dropped, other runs → `-`.
public enum Slug {
    /// Folder names may have 255 bytes; a slug (a folder of the site) stays well within.
    public static let maximumLength = 200

    /// "Chuyển đổi số ở Đắk Lắk" → `chuyen-doi-so-o-dak-lak`; NFD input gives the same slug.
    public static func make(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.utf8.count)
        var pendingDash = false
        for scalar in decomposed(text) {
            if let folded = fold(scalar) {
                if pendingDash && !result.isEmpty { result.unicodeScalars.append("-") }
                pendingDash = false
                result.unicodeScalars.append(folded)
            } else if !isCombiningMark(scalar) {
                pendingDash = true
            }
        }
        return result
    }

    /// Folds a text for search and comparison: NFC, lower-case, no marks, `đ`→`d`, spaces kept.
    public static func fold(text: String) -> String {
        var result = ""
        for scalar in decomposed(text) {
            if let folded = fold(scalar) {
                result.unicodeScalars.append(folded)
            } else if !isCombiningMark(scalar) {
                result.unicodeScalars.append(" ")
            }
        }
        return result
    }

    /// The text's scalars with Latin letters decomposed (base letter, then marks).
    static func decomposed(_ text: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0xC0 {
                scalars.append(scalar)
            } else if let parts = LatinDecomposition.parts(scalar) {
                scalars += parts
            } else {
                scalars.append(scalar)
            }
        }
        return scalars
    }

    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x30...0x39, 0x61...0x7A: return scalar
        case 0x41...0x5A: return Unicode.Scalar(scalar.value + 32)
        case 0x110, 0x111, 0xD0, 0xF0: return "d" // Đ đ, and the look-alike Ð ð of text from old encodings
        case 0...0x7F: return nil // ASCII spaces and punctuation, without a property look-up
        default:
            guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { return nil }
            // Letters of other scripts are kept, lower-cased, so non-Latin titles still get a slug.
            return scalar.properties.lowercaseMapping.unicodeScalars.first
        }
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        return switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }
}
