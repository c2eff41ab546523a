/// Vietnamese alphabetical order (a ă â b c d đ e ê … o ô ơ … u ư …), tones as a secondary
/// difference (ma, mà, mả, mã, má, mạ), case last; a run of digits sorts by its value
/// ("Công nghệ 5G" before "Công nghệ 10G"). Sort keys are computed once per string.
public enum VietnameseCollation {
    /// A key whose lexicographic order is the Vietnamese order of the texts.
    public static func sortKey(_ text: String) -> [UInt16] {
        var primary: [UInt16] = []
        var secondary: [UInt16] = []
        var tertiary: [UInt16] = []
        primary.reserveCapacity(text.utf8.count)
        var digits: [UInt16] = []
        func endDigitRun() {
            guard !digits.isEmpty else { return }
            // Leading zeros do not count ("05" sorts with "5", after it); the run's length comes
            // first so that a shorter number sorts before a longer one.
            let zeros = digits.prefix { $0 == 0 }.count
            let significant = digits.dropFirst(zeros)
            primary.append(digitRunBase + UInt16(min(significant.count, 89)))
            primary.append(contentsOf: significant.map { digitBase + $0 })
            secondary.append(contentsOf: repeatElement(0, count: significant.count + 1))
            tertiary.append(UInt16(min(zeros, 9)))
            tertiary.append(contentsOf: repeatElement(0, count: significant.count))
            digits.removeAll(keepingCapacity: true)
        }
        for scalar in Slug.decomposed(text) {
            if (0x30...0x39).contains(scalar.value) {
                digits.append(UInt16(scalar.value - 0x30))
                continue
            }
            endDigitRun()
            if let tone = toneWeight[scalar.value] {
                if !secondary.isEmpty { secondary[secondary.count - 1] = tone }
                continue
            }
            if let modifier = modifierOffset[scalar.value], let last = primary.last, last >= letterBase {
                primary[primary.count - 1] = last + modifier
                continue
            }
            let (weight, upper) = baseWeight(scalar)
            guard let weight else { continue }
            primary.append(weight)
            secondary.append(0)
            tertiary.append(upper ? 1 : 0)
        }
        endDigitRun()
        return primary + [0] + secondary + [0] + tertiary
    }

    /// The values sorted by the Vietnamese order of `name(value)`, each key computed once;
    /// equal names keep their input order.
    public static func sorted<T>(_ values: [T], by name: (T) -> String) -> [T] {
        let keyed = values.enumerated().map { (key: sortKey(name($0.element)), offset: $0.offset) }
        return keyed.sorted { a, b in
            a.key == b.key ? a.offset < b.offset : a.key.lexicographicallyPrecedes(b.key)
        }.map { values[$0.offset] }
    }

    /// Orders two texts the Vietnamese way.
    public static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        sortKey(lhs).lexicographicallyPrecedes(sortKey(rhs))
    }

    private static let letterBase: UInt16 = 200
    // Digit runs sit below the letters: a length weight (110 + count) then one weight per digit.
    private static let digitBase: UInt16 = 100
    private static let digitRunBase: UInt16 = 110
    // Letters are spaced by 4 so that ă/â, ê, ô/ơ, ư can sit right after their base letter.
    private static let toneWeight: [UInt32: UInt16] = [
        0x300: 1, 0x309: 2, 0x303: 3, 0x301: 4, 0x323: 5,
    ]
    private static let modifierOffset: [UInt32: UInt16] = [0x306: 1, 0x302: 2, 0x31B: 3]

    private static func baseWeight(_ scalar: Unicode.Scalar) -> (UInt16?, Bool) {
        let value = scalar.value
        switch value {
        case 0x61...0x7A: return (letterWeight(value - 0x61), false)
        case 0x41...0x5A: return (letterWeight(value - 0x41), true)
        case 0x111: return (letterWeight(3) + 2, false)
        case 0x110: return (letterWeight(3) + 2, true)
        default:
            if scalar.properties.isWhitespace { return (1, false) }
            if scalar.properties.isAlphabetic {
                return (UInt16(clamping: 400 + Int(value) % 60000), scalar.properties.isUppercase)
            }
            return (UInt16(clamping: 2 + Int(value % 90)), false)
        }
    }

    private static func letterWeight(_ index: UInt32) -> UInt16 {
        letterBase + UInt16(index) * 4
    }
}

extension Array where Element == UInt16 {
    func lexicographicallyPrecedes(_ other: [UInt16]) -> Bool {
        for (a, b) in zip(self, other) where a != b { return a < b }
        return count < other.count
    }
}
