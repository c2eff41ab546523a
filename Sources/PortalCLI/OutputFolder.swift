import Foundation
import PortalBuild

/// The output folder is replaced as a whole by a build, so it must not hold anything of the
/// portal's own: not the portal's folder or one above it, not its content, theme or cache, not
/// an existing file, and not a folder with other files in it (`--output ~/Documents` would be
/// deleted): an existing output folder must be empty, the portal's own `public/`, or carry the
/// mark every build leaves (`OutputMarker`).
enum OutputFolder {
    /// Why `output` cannot take a build of the portal at `root`, or nil when it can.
    static func problem(_ output: URL, root: URL, options: BuildOptions) -> String? {
        let target = resolved(output)
        let portal = resolved(root)
        if target == portal || target == "/" || portal.hasPrefix(target + "/") {
            return "--output \(output.path): bản dựng sẽ thay thế cả thư mục của cổng (\(portal)); chọn một thư mục riêng, ví dụ \(portal)/public"
        }
        for folder in [options.contentFolder, options.templatesFolder, ".dxportal-cache"] {
            let protected = URL(fileURLWithPath: portal).appendingPathComponent(folder).path
            if target == protected || target.hasPrefix(protected + "/") {
                return "--output \(output.path): nằm trong \(folder)/ của cổng, bản dựng sẽ xoá các tệp ở đó; chọn một thư mục riêng, ví dụ \(portal)/public"
            }
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target, isDirectory: &isFolder) else { return nil }
        if !isFolder.boolValue {
            return "--output \(output.path): đây là một tệp, không phải thư mục; chọn một thư mục, ví dụ \(portal)/public"
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []
        let ownPublic = URL(fileURLWithPath: portal).appendingPathComponent("public").path
        if !names.isEmpty, target != ownPublic, !names.contains(OutputMarker.name) {
            return "--output \(output.path): thư mục này đã có tệp mà không phải do dxportal dựng (không có tệp \(OutputMarker.name)); "
                + "bản dựng sẽ thay thế toàn bộ thư mục. Chọn một thư mục mới hoặc trống, ví dụ \(portal)/public"
        }
        return nil
    }

    /// The path with the symbolic links of its existing part resolved: `resolvingSymlinksInPath`
    /// leaves a path that does not exist yet as it is (a link to the portal, then `content/new`,
    /// would not be seen to lie in the portal's content).
    static func resolved(_ url: URL) -> String {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            rest.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        return rest.reduce(existing.resolvingSymlinksInPath()) { $0.appendingPathComponent($1) }.path
    }
}
