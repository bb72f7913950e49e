//! Every user-visible string, in one place. Vietnamese is the default; English via config.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    pub fn parse(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "vi" | "vi-vn" => Some(Lang::Vi),
            "en" | "en-us" | "en-gb" => Some(Lang::En),
            _ => None,
        }
    }

    /// Value for the document's `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Vi => &VI,
            Lang::En => &EN,
        }
    }
}

/// Fixed UI text. Texts with numbers in them are built by the `format` module.
#[derive(Debug)]
pub struct Strings {
    pub home: &'static str,
    pub latest_news: &'static str,
    pub most_viewed: &'static str,
    pub categories: &'static str,
    pub other_news: &'static str,
    pub back_to_list: &'static str,
    pub published: &'static str,
    pub views: &'static str,
    pub untitled: &'static str,
    pub uncategorized: &'static str,
    pub read_more: &'static str,
    pub loading: &'static str,
    pub retry: &'static str,
    pub error_title: &'static str,
    pub empty_feed: &'static str,
    pub empty_category: &'static str,
    pub not_found_title: &'static str,
    pub not_found_text: &'static str,
    pub article_not_found: &'static str,
    pub category_not_found: &'static str,
    pub page_not_found: &'static str,
    pub go_home: &'static str,
    pub previous_page: &'static str,
    pub next_page: &'static str,
    pub page: &'static str,
    pub pagination: &'static str,
    pub main_navigation: &'static str,
    pub skip_to_content: &'static str,
    pub source: &'static str,
    pub attachments: &'static str,
    pub config_problem: &'static str,
    pub feed_problems: &'static str,
    pub err_http: &'static str,
    pub err_busy: &'static str,
    pub retrying_in: &'static str,
    pub seconds: &'static str,
    pub err_network: &'static str,
    pub err_timeout: &'static str,
    pub err_not_json: &'static str,
    pub err_not_feed: &'static str,
    pub err_too_large: &'static str,
    pub footer_note: &'static str,
}

pub static VI: Strings = Strings {
    home: "Trang chủ",
    latest_news: "Tin mới nhất",
    most_viewed: "Tin xem nhiều",
    categories: "Chuyên mục",
    other_news: "Các tin khác",
    back_to_list: "Quay lại danh sách",
    published: "Ngày đăng",
    views: "Lượt xem",
    untitled: "(Bài viết chưa có tiêu đề)",
    uncategorized: "Chưa phân loại",
    read_more: "Xem tiếp",
    loading: "Đang tải tin…",
    retry: "Thử lại",
    error_title: "Không tải được tin tức",
    empty_feed: "Hiện chưa có tin nào được đăng.",
    empty_category: "Chuyên mục này chưa có tin nào.",
    not_found_title: "Không tìm thấy trang",
    not_found_text: "Địa chỉ bạn mở không tồn tại hoặc đã được chuyển đi.",
    article_not_found: "Không tìm thấy bài viết. Bài có thể đã bị gỡ hoặc địa chỉ bị sai.",
    category_not_found: "Không có chuyên mục này.",
    page_not_found: "Trang danh sách này không tồn tại.",
    go_home: "Về trang chủ",
    previous_page: "Trang trước",
    next_page: "Trang sau",
    page: "Trang",
    pagination: "Phân trang",
    main_navigation: "Chuyên mục tin",
    skip_to_content: "Bỏ qua, đến nội dung chính",
    source: "Nguồn",
    attachments: "Tệp đính kèm",
    config_problem: "Tệp cấu hình config.json có vấn đề, đang dùng giá trị mặc định cho phần lỗi",
    feed_problems: "Một số tin trong nguồn dữ liệu bị lỗi và đã được bỏ qua hoặc hiển thị một phần",
    err_http: "Máy chủ trả về lỗi",
    err_busy: "Máy chủ đang bận hoặc đang bảo trì",
    retrying_in: "Tự động thử lại sau",
    seconds: "giây",
    err_network: "Không kết nối được tới máy chủ. Hãy kiểm tra mạng rồi thử lại.",
    err_timeout: "Máy chủ không phản hồi kịp thời.",
    err_not_json: "Dữ liệu tin tức không đúng định dạng JSON",
    err_not_feed: "Dữ liệu nhận được không phải là nguồn tin JSON Feed",
    err_too_large: "Nguồn tin quá lớn",
    footer_note: "Tin tức được cung cấp qua JSON Feed.",
};

pub static EN: Strings = Strings {
    home: "Home",
    latest_news: "Latest news",
    most_viewed: "Most viewed",
    categories: "Sections",
    other_news: "More in this section",
    back_to_list: "Back to the list",
    published: "Published",
    views: "Views",
    untitled: "(Untitled article)",
    uncategorized: "Uncategorised",
    read_more: "Read more",
    loading: "Loading the news…",
    retry: "Retry",
    error_title: "The news could not be loaded",
    empty_feed: "No news has been published yet.",
    empty_category: "This section has no news yet.",
    not_found_title: "Page not found",
    not_found_text: "The address you opened does not exist or has moved.",
    article_not_found: "Article not found. It may have been removed, or the address is wrong.",
    category_not_found: "There is no such section.",
    page_not_found: "This page of the list does not exist.",
    go_home: "Go to the home page",
    previous_page: "Previous page",
    next_page: "Next page",
    page: "Page",
    pagination: "Pagination",
    main_navigation: "News sections",
    skip_to_content: "Skip to main content",
    source: "Source",
    attachments: "Attachments",
    config_problem: "config.json has problems; defaults are used for the parts in error",
    feed_problems: "Some items in the feed had errors and were skipped or shown in part",
    err_http: "The server answered with an error",
    err_busy: "The server is busy or under maintenance",
    retrying_in: "Retrying automatically in",
    seconds: "s",
    err_network: "Could not reach the server. Check the connection and try again.",
    err_timeout: "The server did not answer in time.",
    err_not_json: "The news data is not valid JSON",
    err_not_feed: "The data received is not a JSON Feed",
    err_too_large: "The feed is too large",
    footer_note: "News delivered as a JSON Feed.",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_codes() {
        for (input, expected) in [
            ("vi", Some(Lang::Vi)),
            ("VI-vn", Some(Lang::Vi)),
            (" en ", Some(Lang::En)),
            ("fr", None),
            ("", None),
        ] {
            assert_eq!(Lang::parse(input), expected, "{input:?}");
        }
    }

    #[test]
    fn vietnamese_strings_are_nfc() {
        // Decomposed (NFD) text would show fine but break search and copy-paste: the
        // combining marks U+0300..U+036F must never appear in the shipped strings.
        let all = format!("{VI:?}");
        assert!(!all.chars().any(|c| ('\u{0300}'..='\u{036F}').contains(&c)));
    }
}
