/// Percent-encoding of URL text, byte by byte (UTF-8): the bytes `keep` refuses become `%XX`,
/// the others stay as they are.
public enum URLText {
    public static func percentEncoded(_ text: String, keeping keep: (UInt8) -> Bool) -> String {
        guard text.utf8.contains(where: { !keep($0) }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            if keep(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// What a path keeps as it is: unreserved characters, sub-delimiters, `:`, `@` and `/`.
    public static func isPathByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        default: "-._~!$&'()*+,;=:@/".utf8.contains(byte)
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)
}
