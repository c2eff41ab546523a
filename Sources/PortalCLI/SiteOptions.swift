import ArgumentParser
import Foundation
import PortalBuild
import PortalModel

/// The options every command that builds the site shares.
struct SiteOptions: ParsableArguments {
    @Option(help: "Thư mục gốc của cổng (chứa content/ và templates/).")
    var root: String = "."

    @Option(name: .customLong("base-url"), help: "Thay base_url của site.yml, ví dụ https://thu-nghiem.gov.vn/cds/.")
    var baseURL: String?

    @Flag(help: "Dựng cả bài nháp và bài hẹn giờ đăng.")
    var drafts = false

    @Option(name: .customLong("as-of"), help: "Ngày dựng (\"hôm nay\"), dạng 2024-06-03 hoặc 03/6/2024.")
    var asOf: String?

    @Option(help: "Ngôn ngữ thông báo lỗi: vi hoặc en.")
    var lang: MessageLanguage = .vi

    @Flag(help: "Coi trích dẫn văn bản chưa có trong danh mục là lỗi.")
    var strict = false

    /// `--root` must be a folder (the portal's: `content/` and `templates/` are looked for in it).
    static func validateRoot(_ root: String) throws {
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: URL(fileURLWithPath: root).standardizedFileURL.path, isDirectory: &isFolder) {
            throw ValidationError("--root \(root): không có thư mục này")
        }
        if !isFolder.boolValue {
            throw ValidationError("--root \(root): đây là một tệp; hãy chỉ thư mục của cổng (thư mục chứa content/ và templates/)")
        }
    }

    func validate() throws {
        if let baseURL, BaseURL(baseURL) == nil {
            throw ValidationError("--base-url phải là địa chỉ đầy đủ, không kèm tên đăng nhập hay mật khẩu, ví dụ https://thaibinh.gov.vn/chuyen-doi-so/")
        }
        if let asOf, case .failure = CalendarDate.parse(asOf) {
            throw ValidationError("--as-of: ngày không hợp lệ \"\(asOf)\"")
        }
        try Self.validateRoot(root)

    }

    var rootURL: URL { URL(fileURLWithPath: root).standardizedFileURL }

    /// The build options these flags describe ("today" resolved as README says), or nil after
    /// printing why the environment does not allow a build.
    func buildOptions(environment: [String: String]) -> BuildOptions? {
        if asOf == nil, let problem = BuildDate.epochProblem(environment) {
            FileHandle.standardError.write(Data("Error: \(problem)\n".utf8))
            return nil
        }
        return BuildOptions(asOf: BuildDate.resolve(asOf: asOf, environment: environment, root: rootURL), includeDrafts: drafts,
                     baseURL: baseURL.flatMap(BaseURL.init), strict: strict)
    }
}

extension MessageLanguage: ExpressibleByArgument {}
