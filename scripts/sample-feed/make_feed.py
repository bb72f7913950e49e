"""Writes public/feed.json (and the PNGs in public/anh/): the bundled sample feed.

A fictional district portal, "huyện Đông Thành", in JSON Feed 1.1 with the `_bantin`
extension. Every text here was written for bantin. Run: python3 scripts/sample-feed/make_feed.py
"""
import json
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(__file__))
import images  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))

TT = "Tin tức - Sự kiện"
DANG = "Đảng - đoàn thể"
KT = "Kinh tế - Xã hội"
VH = "Văn hóa - Thể thao"
AN = "Quốc phòng - An ninh"
GD = "Giáo dục - Y tế"
TB = "Thông báo"

# (id, category, date, views, title, summary, paragraphs, picture, extra)
# picture: (file, caption) placed as a <figure> in the body; extra: dict of overrides.
ARTICLES = [
    (1001, TT, "2018-09-12T11:39:00+07:00", 858,
     "Huyện Đông Thành tổ chức Lễ kỷ niệm 73 năm Cách mạng Tháng Tám và Quốc khánh 2/9",
     "Sáng 31/8, Huyện ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam huyện long trọng tổ chức lễ kỷ niệm.",
     ["Dự buổi lễ có các đồng chí lãnh đạo huyện, các cựu chiến binh, đại diện các ban, ngành, đoàn thể và đông đảo nhân dân trên địa bàn.",
      "Phát biểu tại buổi lễ, đồng chí Bí thư Huyện ủy ôn lại truyền thống vẻ vang của dân tộc và nhấn mạnh những thành tựu quan trọng mà huyện đạt được trong năm qua: tốc độ tăng trưởng kinh tế đạt 8,2%, thu nhập bình quân đầu người đạt 38 triệu đồng.",
      "Nhân dịp này, 12 tập thể và 25 cá nhân có thành tích xuất sắc được UBND huyện tặng giấy khen."],
     ("hoi-truong.png", "Quang cảnh Lễ kỷ niệm tại Hội trường UBND huyện."), {}),
    (1002, KT, "2018-11-05T08:15:00+07:00", 1432,
     "Hoàn thành 12 km đường giao thông nông thôn tại xã Tân Lập",
     "Công trình do nhân dân đóng góp 35% kinh phí, nối liền 6 thôn với trung tâm xã.",
     ["Sau 4 tháng thi công, tuyến đường bê tông rộng 3,5 m đã hoàn thành và đưa vào sử dụng, giúp người dân đi lại thuận tiện trong mùa mưa lũ.",
      "Tổng kinh phí xây dựng hơn 7,6 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ xi măng, nhân dân hiến đất và đóng góp ngày công.",
      "Ông Hoàng Văn Bình, thôn Đồng Chằm, chia sẻ: “Trước đây mùa mưa xe máy không đi được, nay nông sản chở thẳng ra chợ huyện, giá bán cao hơn hẳn.”"],
     ("duong-giao-thong.png", "Tuyến đường bê tông mới nối thôn Đồng Chằm với trung tâm xã Tân Lập."), {}),
    (1003, DANG, "2019-01-18T14:00:00+07:00", 521,
     "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15, nhiệm kỳ 2015 - 2020",
     "Hội nghị đánh giá kết quả thực hiện nhiệm vụ năm 2018 và triển khai nhiệm vụ năm 2019.",
     ["Năm 2018, Đảng bộ huyện đã kết nạp 186 đảng viên mới, đạt 116% kế hoạch; 92% tổ chức cơ sở đảng được đánh giá hoàn thành tốt nhiệm vụ trở lên.",
      "Hội nghị thống nhất 14 chỉ tiêu chủ yếu cho năm 2019, trong đó phấn đấu có thêm 2 xã đạt chuẩn nông thôn mới."],
     None, {}),
    (1004, VH, "2019-02-10T09:30:00+07:00", 3260,
     "Rộn ràng Lễ hội Lồng Tồng xuân Kỷ Hợi",
     "Lễ hội xuống đồng truyền thống của đồng bào Tày thu hút hàng nghìn người dân và du khách.",
     ["Lễ hội mở đầu bằng phần lễ cầu mưa thuận gió hòa, mùa màng bội thu, sau đó là phần hội với nhiều trò chơi dân gian như ném còn, kéo co, đẩy gậy, đánh quay.",
      "Năm nay, Ban tổ chức bổ sung hội thi ẩm thực với 15 gian hàng giới thiệu đặc sản địa phương như xôi ngũ sắc, bánh gai, cá suối nướng.",
      "Lễ hội Lồng Tồng đã được đưa vào Danh mục di sản văn hóa phi vật thể cấp tỉnh."],
     ("le-hoi.png", "Màn múa truyền thống khai mạc Lễ hội Lồng Tồng xuân Kỷ Hợi."), {"tags": [VH, "Lễ hội", "Du lịch"]}),
    (1005, AN, "2019-03-04T07:45:00+07:00", 677,
     "Ra quân huấn luyện năm 2019",
     "Ban Chỉ huy Quân sự huyện tổ chức lễ ra quân huấn luyện với 250 cán bộ, chiến sĩ tham gia.",
     ["Năm 2019, lực lượng vũ trang huyện tập trung huấn luyện sát thực tế chiến đấu, nâng cao khả năng cơ động, phòng chống thiên tai và tìm kiếm cứu nạn.",
      "Ngay sau lễ ra quân, các đơn vị đã tổ chức diễn tập phương án phòng chống cháy rừng tại xã Phúc Ninh."],
     None, {}),
    (1006, GD, "2019-05-27T16:20:00+07:00", 2145,
     "Trên 2.100 học sinh lớp 9 sẵn sàng bước vào kỳ thi tuyển sinh lớp 10",
     "Ngành giáo dục huyện bố trí 6 điểm thi, huy động 320 cán bộ, giáo viên làm nhiệm vụ.",
     ["Kỳ thi diễn ra trong 2 ngày với ba môn Ngữ văn, Toán và Tiếng Anh. Các điểm thi đã được kiểm tra cơ sở vật chất, camera giám sát và phương án phòng chống cháy nổ.",
      "Trung tâm Y tế huyện bố trí cán bộ y tế trực tại tất cả các điểm thi; lực lượng công an bảo đảm an ninh, trật tự và an toàn giao thông."],
     ("truong-hoc.png", "Trường THCS thị trấn Đông Thành, một trong 6 điểm thi."), {}),
    (1007, TB, "2019-07-01T08:00:00+07:00", 0,
     "Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND huyện tháng 7/2019",
     "Chủ tịch UBND huyện tiếp công dân vào ngày 15/7/2019 tại Trụ sở Tiếp công dân huyện.",
     ["Công dân có nhu cầu phản ánh, kiến nghị đề nghị mang theo giấy tờ tùy thân và tài liệu liên quan.",
      "Mọi chi tiết xin liên hệ Ban Tiếp công dân huyện, số điện thoại 0207 3 812 345."],
     None, {"text": True}),
    (1008, KT, "2019-09-23T10:10:00+07:00", 1890,
     "Cây cam sành giúp nhiều hộ dân thoát nghèo",
     None,
     ["Toàn huyện hiện có hơn 1.200 ha cam sành, sản lượng năm 2019 ước đạt 18.000 tấn, doanh thu trên 250 tỷ đồng.",
      "Nhiều hộ dân ở xã Hùng Lợi, Trung Minh có thu nhập từ 300 đến 500 triệu đồng mỗi năm nhờ áp dụng quy trình VietGAP.",
      "Huyện đang phối hợp với các doanh nghiệp xây dựng chuỗi liên kết tiêu thụ và đăng ký chỉ dẫn địa lý cho sản phẩm."],
     ("dong-lua.png", "Đồi cam sành của gia đình anh Ma Văn Thắng, xã Hùng Lợi."), {}),
    (1009, DANG, "2020-02-03T09:00:00+07:00", 744,
     "Kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam",
     "Mít tinh trang trọng, ôn lại truyền thống 90 năm xây dựng và trưởng thành của Đảng.",
     ["Các đại biểu đã ôn lại chặng đường vẻ vang của Đảng từ ngày thành lập 3/2/1930 đến nay.",
      "Dịp này, Ban Thường vụ Huyện ủy trao Huy hiệu 30, 40, 50, 60 năm tuổi Đảng cho 48 đảng viên."],
     None, {}),
    (1010, GD, "2020-03-12T15:30:00+07:00", 12034,
     "Khuyến cáo phòng, chống dịch bệnh COVID-19 tại nơi công cộng",
     "Người dân hạn chế tụ tập đông người, đeo khẩu trang và rửa tay thường xuyên bằng xà phòng.",
     ["Trung tâm Y tế huyện đề nghị người dân theo dõi sức khỏe, khi có biểu hiện sốt, ho, khó thở cần liên hệ ngay trạm y tế xã hoặc đường dây nóng 0207 3 999 115.",
      "Các cơ sở kinh doanh dịch vụ ăn uống phải bố trí nước rửa tay, giữ khoảng cách giữa các bàn tối thiểu 1 m.",
      "Trạm y tế các xã đã được bổ sung trang thiết bị, sẵn sàng cách ly, theo dõi khi có ca nghi nhiễm."],
     ("tram-y-te.png", "Trạm Y tế xã Phúc Ninh sẵn sàng tiếp nhận người có triệu chứng."), {"tags": [GD, "COVID-19", "Y tế"]}),
    (1011, TT, "2020-06-18T18:05:00+07:00", 2310,
     "Đại hội Thi đua yêu nước huyện Đông Thành lần thứ V",
     "Đại hội tôn vinh 64 tập thể, 120 cá nhân tiêu biểu trong các phong trào thi đua giai đoạn 2015 - 2020.",
     ["Giai đoạn 2015 - 2020, phong trào “Đông Thành chung sức xây dựng nông thôn mới” đã huy động hơn 95 tỷ đồng và 52.000 m² đất do nhân dân hiến.",
      "Đại hội phát động phong trào thi đua giai đoạn 2020 - 2025 với chủ đề đổi mới sáng tạo, đoàn kết phát triển."],
     ("hoi-truong.png", "Các điển hình tiên tiến nhận khen thưởng tại Đại hội."), {}),
    (1012, AN, "2020-08-19T09:20:00+07:00", 415,
     "Công an huyện triệt phá đường dây đánh bạc qua mạng",
     "Thu giữ 6 điện thoại di động, 2 máy tính cùng nhiều tài liệu liên quan.",
     ["Qua công tác nắm tình hình, Công an huyện phát hiện một nhóm đối tượng tổ chức đánh bạc dưới hình thức cá độ bóng đá qua mạng với số tiền giao dịch hơn 1,2 tỷ đồng.",
      "Vụ việc đang được củng cố hồ sơ để xử lý theo quy định của pháp luật."],
     None, {}),
    (1013, None, "2020-10-15T07:00:00+07:00", 3598,
     "Khẩn trương khắc phục hậu quả mưa lũ",
     "Mưa lớn kéo dài làm sạt lở 14 điểm trên các tuyến đường liên xã.",
     ["Ngay trong đêm, UBND huyện đã huy động lực lượng quân sự, công an, dân quân và máy móc khắc phục các điểm sạt lở, bảo đảm giao thông thông suốt.",
      "Các hộ dân ở vùng nguy hiểm được di dời tạm thời đến nhà văn hóa thôn; lương thực, nước sạch được cấp phát kịp thời."],
     ("cau-song.png", "Mực nước sông Gâm dâng cao sau nhiều ngày mưa lớn."), {"tags": [TT, "Thiên tai"]}),
    (1014, KT, "2021-01-08T08:30:00+07:00", 976,
     "Xã Trung Minh đạt chuẩn nông thôn mới",
     "Trung Minh là xã thứ 9 của huyện đạt chuẩn nông thôn mới.",
     ["Sau 10 năm thực hiện chương trình, diện mạo xã Trung Minh thay đổi rõ rệt: 100% đường trục thôn được cứng hóa, 98% hộ dùng điện lưới, thu nhập bình quân đạt 42 triệu đồng/người/năm.",
      "Tỷ lệ hộ nghèo giảm từ 38% xuống còn 4,6%."],
     None, {}),
    (1015, VH, "2021-03-26T16:45:00+07:00", 1124,
     "Giải bóng đá thanh niên huyện năm 2021 khép lại thành công",
     "Đội bóng thị trấn Đông Thành giành chức vô địch sau loạt sút luân lưu kịch tính.",
     ["Giải quy tụ 16 đội bóng của các xã, thị trấn với hơn 300 cầu thủ tham gia, diễn ra trong 3 tuần tại Sân vận động trung tâm huyện.",
      "Ban tổ chức trao giải phong cách cho đội xã Kim Quan và giải vua phá lưới cho cầu thủ Lý Văn Hải với 9 bàn thắng."],
     ("bong-da.png", "Pha tranh bóng trong trận chung kết."), {}),
    (1016, DANG, "2021-05-23T06:30:00+07:00", 1502,
     "Cử tri Đông Thành nô nức đi bầu cử",
     "Tỷ lệ cử tri đi bầu cử trên toàn huyện đạt 99,7%.",
     ["Từ sáng sớm, các khu vực bỏ phiếu đã đông đủ cử tri. Nhiều người cao tuổi, người khuyết tật được tổ bầu cử mang hòm phiếu phụ đến tận nhà.",
      "Cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 diễn ra an toàn, dân chủ, đúng luật."],
     None, {}),
    (1017, TB, "2021-07-20T11:00:00+07:00", 88,
     "Thông báo tuyển dụng viên chức giáo dục năm 2021",
     "UBND huyện tuyển dụng 45 chỉ tiêu giáo viên mầm non, tiểu học và trung học cơ sở.",
     ["Thời gian nhận phiếu đăng ký dự tuyển từ ngày 20/7 đến hết ngày 19/8/2021 tại Phòng Nội vụ huyện.",
      "Chi tiết chỉ tiêu, tiêu chuẩn và hồ sơ xem tại bảng tin UBND huyện và trên Cổng thông tin điện tử huyện."],
     None, {}),
    (1018, GD, "2021-09-05T08:00:00+07:00", 4470,
     "Khai giảng năm học mới trong điều kiện phòng, chống dịch",
     "Hơn 19.000 học sinh toàn huyện bước vào năm học 2021 - 2022.",
     ["Lễ khai giảng được tổ chức ngắn gọn, trang trọng trong 45 phút, bảo đảm các biện pháp phòng dịch.",
      "Nhiều trường đã chuẩn bị phương án dạy học trực tuyến, hỗ trợ thiết bị học tập cho học sinh có hoàn cảnh khó khăn thông qua chương trình “Sóng và máy tính cho em”."],
     ("truong-hoc.png", "Học sinh Trường Tiểu học Tân Lập dự lễ khai giảng."), {}),
    (1019, AN, "2021-12-22T15:00:00+07:00", 630,
     "Gặp mặt kỷ niệm 77 năm Ngày thành lập Quân đội nhân dân Việt Nam",
     "Ôn lại truyền thống vẻ vang của Quân đội nhân dân Việt Nam anh hùng.",
     ["Buổi gặp mặt có sự tham dự của các cựu chiến binh, thương binh, thân nhân liệt sĩ và cán bộ, chiến sĩ lực lượng vũ trang huyện."],
     None, {}),
    (1020, KT, "2022-02-16T09:40:00+07:00", 2211,
     "Phấn đấu trồng mới 1.500 ha rừng năm 2022",
     "Huyện phát động Tết trồng cây “Đời đời nhớ ơn Bác Hồ” xuân Nhâm Dần.",
     ["Ngay sau lễ phát động, các cơ quan, đơn vị và nhân dân đã trồng 5.000 cây keo, lát hoa và quế tại xã Phúc Ninh.",
      "Năm 2022, huyện đặt mục tiêu nâng tỷ lệ che phủ rừng lên 63%, phát triển rừng gỗ lớn gắn với cấp chứng chỉ quản lý rừng bền vững."],
     None, {}),
    (1021, VH, "2022-04-18T10:00:00+07:00", 1754,
     "Giỗ Tổ Hùng Vương và Ngày hội văn hóa các dân tộc",
     "Ngày hội có màn trình diễn trang phục truyền thống của dân tộc Tày, Dao, Mông, Sán Chay.",
     ["Các đội văn nghệ đến từ 18 xã, thị trấn mang tới những tiết mục hát then, đàn tính, múa khèn đặc sắc.",
      "Khu trưng bày sản phẩm OCOP thu hút đông đảo du khách tìm mua chè xanh, mật ong, miến dong."],
     ("le-hoi.png", "Trình diễn trang phục truyền thống các dân tộc."), {}),
    (1022, TT, "2022-06-30T17:30:00+07:00", 905,
     None,
     "Sơ kết 6 tháng đầu năm, các chỉ tiêu kinh tế - xã hội cơ bản đạt tiến độ.",
     ["Tổng giá trị sản xuất 6 tháng ước đạt 4.560 tỷ đồng, tăng 7,8% so với cùng kỳ. Thu ngân sách trên địa bàn đạt 61% dự toán.",
      "Hội nghị đề ra 8 nhóm giải pháp trọng tâm cho 6 tháng cuối năm, trong đó ưu tiên giải ngân vốn đầu tư công."],
     None, {}),
    (1023, GD, "2022-08-09T14:10:00+07:00", 560,
     "Ra mắt mô hình bác sĩ gia đình tại xã Kim Quan",
     None,
     ["Mô hình giúp người dân, nhất là người cao tuổi và người mắc bệnh mạn tính, được quản lý sức khỏe, tư vấn và khám chữa bệnh ngay tại trạm y tế xã.",
      "Trong tháng đầu, trạm đã lập hồ sơ sức khỏe điện tử cho 1.850 người dân."],
     ("tram-y-te.png", "Bác sĩ Trạm Y tế xã Kim Quan khám cho người cao tuổi."), {}),
    (1024, DANG, "2022-10-14T08:00:00+07:00", 389,
     "Hội thi Dân vận khéo năm 2022",
     "16 đội thi đến từ các xã, thị trấn và khối cơ quan tham gia hội thi.",
     ["Các đội thi đã giới thiệu những mô hình dân vận khéo hiệu quả như “Dòng họ không có người vi phạm pháp luật”, “Con đường hoa nông thôn mới”, “Tổ liên gia an toàn”.",
      "Giải nhất thuộc về đội xã Tân Lập với mô hình vận động nhân dân hiến đất làm đường."],
     None, {}),
    (1025, TB, "2022-12-01T07:30:00+07:00", 142,
     "Thông báo cắt điện để bảo dưỡng lưới điện",
     "Điện lực Đông Thành tạm ngừng cấp điện khu vực thị trấn từ 7h00 đến 16h00 ngày 04/12/2022.",
     ["Khu vực mất điện: tổ dân phố 3, 4, 5 và 7 thị trấn Đông Thành.",
      "Điện lực rất mong nhận được sự thông cảm của quý khách hàng. Mọi thắc mắc xin liên hệ số 1900 6769."],
     None, {"text": True}),
    (1026, KT, "2023-02-08T10:25:00+07:00", 1320,
     "Chợ phiên vùng cao nhộn nhịp đầu xuân",
     "Chợ phiên xã Hùng Lợi họp vào ngày 5 và 10 âm lịch hằng tháng.",
     ["Đầu xuân, chợ phiên càng thêm đông vui với các mặt hàng nông sản, thổ cẩm và đồ gia dụng.",
      "Không chỉ là nơi mua bán, chợ phiên còn là không gian giao lưu văn hóa của đồng bào các dân tộc."],
     None, {}),
    (1027, AN, "2023-04-12T16:00:00+07:00", 2870,
     "Bảo đảm trật tự an toàn giao thông dịp nghỉ lễ 30/4 - 1/5",
     "Lực lượng cảnh sát giao thông tăng cường tuần tra, kiểm soát trên các tuyến quốc lộ.",
     ["Trong 5 ngày nghỉ lễ, Công an huyện lập biên bản 164 trường hợp vi phạm, tạm giữ 37 phương tiện, chủ yếu là vi phạm nồng độ cồn và không đội mũ bảo hiểm.",
      "Người dân được khuyến cáo “Đã uống rượu, bia thì không lái xe”."],
     ("duong-giao-thong.png", "Tổ công tác kiểm tra nồng độ cồn trên Quốc lộ 2C."), {}),
    (1028, VH, "2023-06-28T19:30:00+07:00", 640,
     "Khai trương thư viện thân thiện tại 12 trường tiểu học",
     "Mỗi thư viện được trang bị hơn 1.000 đầu sách thiếu nhi và góc đọc ngoài trời.",
     ["Mô hình khuyến khích học sinh hình thành thói quen đọc sách, tự tin chia sẻ cảm nhận qua các buổi “Em kể chuyện sách”."],
     None, {}),
    (1029, GD, "2023-09-19T09:00:00+07:00", 15820,
     "Tiêm vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi",
     "Chiến dịch tiêm bổ sung miễn phí diễn ra tại 18 trạm y tế xã, thị trấn từ ngày 25/9.",
     ["Cha mẹ đưa trẻ đến tiêm mang theo sổ tiêm chủng; trẻ đang sốt hoặc mắc bệnh cấp tính sẽ được hẹn tiêm sau.",
      "Sau tiêm, trẻ được theo dõi 30 phút tại điểm tiêm và 24 giờ tại nhà."],
     ("tram-y-te.png", "Tiêm vắc xin tại Trạm Y tế thị trấn Đông Thành."), {}),
    (1030, TT, "2023-11-20T10:00:00+07:00", 1088,
     "Tôn vinh nhà giáo nhân Ngày Nhà giáo Việt Nam 20/11",
     "UBND huyện khen thưởng 35 nhà giáo có thành tích xuất sắc trong năm học 2022 - 2023.",
     ["Nhiều thầy cô đã vượt khó bám bản, bám trường ở những điểm trường xa nhất của huyện.",
      "Cô giáo Đặng Thị Mai, điểm trường Khuổi Hao, chia sẻ: “Niềm vui lớn nhất là thấy các em đến lớp đều đặn, biết đọc, biết viết.”"],
     None, {}),
    (1031, DANG, "2024-01-26T14:30:00+07:00", 470,
     "Tổng kết công tác xây dựng Đảng năm 2023",
     "Đảng bộ huyện hoàn thành và hoàn thành vượt mức 21/21 chỉ tiêu nghị quyết đề ra.",
     ["Công tác kiểm tra, giám sát được tăng cường; việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh tiếp tục đi vào chiều sâu.",
      "Năm 2024, huyện tập trung chuẩn bị Đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng."],
     None, {}),
    (1032, KT, "2024-03-15T08:50:00+07:00", 2605,
     "Khởi công cầu Bến Đền nối hai bờ sông Gâm",
     "Cây cầu dài 186 m, tổng mức đầu tư 96 tỷ đồng, dự kiến hoàn thành sau 18 tháng.",
     ["Khi hoàn thành, cầu sẽ thay thế bến đò ngang, rút ngắn hơn 20 km đường vòng cho người dân 3 xã phía bắc huyện.",
      "Chủ đầu tư cam kết bảo đảm chất lượng, an toàn lao động và vệ sinh môi trường trong quá trình thi công."],
     ("cau-song.png", "Vị trí xây dựng cầu Bến Đền trên sông Gâm."), {}),
    (1033, AN, "2024-05-07T07:00:00+07:00", 812,
     "Diễn tập khu vực phòng thủ huyện năm 2024 đạt loại giỏi",
     "Cuộc diễn tập kiểm nghiệm khả năng lãnh đạo, chỉ đạo của cấp ủy, chính quyền trong tình huống khẩn cấp.",
     ["Qua hai giai đoạn, các lực lượng đã xử lý thành thạo các tình huống phòng thủ dân sự, cứu hộ cứu nạn và bảo đảm an ninh chính trị."],
     None, {}),
    (1034, VH, "2024-07-27T20:00:00+07:00", 936,
     "Đêm nhạc tri ân các anh hùng liệt sĩ",
     None,
     ["Chương trình do Huyện đoàn phối hợp tổ chức tại Nghĩa trang liệt sĩ huyện, với 1.000 ngọn nến tri ân được thắp lên.",
      "Các tiết mục văn nghệ đã tái hiện những năm tháng hào hùng của dân tộc, khơi dậy lòng biết ơn trong thế hệ trẻ."],
     None, {}),
    (1035, TB, "2024-09-09T13:45:00+07:00", 11250,
     "Cảnh báo mưa lớn, lũ quét và sạt lở đất do ảnh hưởng của bão số 3",
     "Người dân tuyệt đối không qua lại ngầm tràn, khu vực có nguy cơ sạt lở khi có mưa lớn.",
     ["Ban Chỉ huy Phòng thủ dân sự huyện yêu cầu các xã rà soát, chủ động sơ tán hộ dân ở vùng nguy hiểm trước 18h00 ngày 9/9/2024.",
      "Đường dây nóng tiếp nhận thông tin: 0207 3 812 119 (24/24 giờ)."],
     ("cau-song.png", "Nước sông Gâm lên nhanh chiều 9/9."), {"tags": [TB, "Thiên tai", "Bão số 3"]}),
    (1036, GD, "2024-11-02T09:15:00+07:00", 703,
     "Trường THCS Hùng Lợi đạt chuẩn quốc gia mức độ 1",
     "Nhà trường đáp ứng đủ 5 tiêu chuẩn về tổ chức quản lý, đội ngũ, cơ sở vật chất, giáo dục và kết quả học tập.",
     ["Đây là trường thứ 28 trên địa bàn huyện được công nhận đạt chuẩn quốc gia.",
      "Nhà trường có 15 phòng học kiên cố, phòng tin học, thư viện và nhà đa năng."],
     ("truong-hoc.png", "Khuôn viên Trường THCS Hùng Lợi."), {}),
    (1037, TT, "2025-01-22T16:30:00+07:00", 1967,
     "Trao 2.500 suất quà Tết cho hộ nghèo và gia đình chính sách",
     "Tổng trị giá quà tặng hơn 1,5 tỷ đồng từ ngân sách và các nhà hảo tâm.",
     ["Mỗi suất quà gồm tiền mặt, gạo, bánh chưng và nhu yếu phẩm, bảo đảm mọi gia đình đều có Tết.",
      "Lãnh đạo huyện đã trực tiếp đến thăm, chúc Tết các gia đình thương binh, liệt sĩ và người có công."],
     None, {}),
    (1038, KT, "2025-04-10T08:00:00+07:00", 1190,
     "Năm sản phẩm của huyện được công nhận OCOP 4 sao",
     "Các sản phẩm gồm chè xanh Khuổi Hao, mật ong Phúc Ninh, miến dong Tân Lập, cam sành Hùng Lợi và rượu ngô Kim Quan.",
     ["Đến nay huyện có 41 sản phẩm OCOP, trong đó 9 sản phẩm đạt 4 sao.",
      "Các sản phẩm được hỗ trợ thiết kế bao bì, truy xuất nguồn gốc và quảng bá trên sàn thương mại điện tử."],
     ("dong-lua.png", "Đồi chè Khuổi Hao vào vụ thu hoạch."), {}),
    (1039, DANG, "2025-07-15T08:30:00+07:00", 2480,
     "Đại hội Đại biểu Đảng bộ huyện lần thứ XXI, nhiệm kỳ 2025 - 2030",
     "Đại hội bầu Ban Chấp hành Đảng bộ huyện gồm 41 đồng chí.",
     ["Đại hội xác định mục tiêu: xây dựng Đông Thành trở thành huyện nông thôn mới, phát triển nhanh, bền vững, bản sắc văn hóa các dân tộc được gìn giữ.",
      "Đại hội đã thông qua Nghị quyết với 18 chỉ tiêu chủ yếu cho nhiệm kỳ mới."],
     ("hoi-truong.png", "Đại biểu biểu quyết thông qua Nghị quyết Đại hội."), {"authors": [{"name": "Ban Tuyên giáo Huyện ủy"}]}),
    (1040, VH, "2025-09-02T07:30:00+07:00", 3044,
     "Rực rỡ sắc màu Ngày hội Quốc khánh",
     "Hàng nghìn người dân tham gia các hoạt động văn hóa, thể thao mừng 80 năm Quốc khánh.",
     ["Chương trình gồm thi đấu bóng chuyền, kéo co, đua thuyền trên sông Gâm và đêm văn nghệ “Tự hào Việt Nam”.",
      "Nhiều gia đình treo cờ Tổ quốc, trang trí đường làng, ngõ xóm rực rỡ."],
     ("le-hoi.png", "Đêm văn nghệ mừng Quốc khánh tại Quảng trường huyện."), {}),
    (1041, AN, "2025-12-05T09:00:00Z", 356,
     "Tuyển chọn và gọi công dân nhập ngũ năm 2026",
     "Huyện giao chỉ tiêu 210 công dân nhập ngũ, trong đó có 20 công dân thực hiện nghĩa vụ công an.",
     ["Hội đồng Nghĩa vụ quân sự huyện đã hoàn thành khám sức khỏe cho 640 thanh niên trong độ tuổi.",
      "Lễ giao nhận quân dự kiến tổ chức vào ngày 15 tháng Giêng năm Bính Ngọ."],
     None, {}),
    (1042, TB, "2026-01-05T15:00:00+07:00", 27,
     "Thông báo nghỉ Tết Nguyên đán Bính Ngọ năm 2026",
     "Cán bộ, công chức, viên chức được nghỉ Tết 9 ngày liên tục.",
     ["Bộ phận Một cửa huyện bố trí trực tiếp nhận hồ sơ khẩn trong những ngày nghỉ.",
      "Đề nghị các cơ quan, đơn vị phân công trực bảo đảm an ninh, an toàn tài sản."],
     None, {"attachments": [{"url": "tep/thong-bao-nghi-tet-2026.pdf", "title": "Thông báo số 12/TB-UBND về lịch nghỉ Tết", "mime_type": "application/pdf", "size_in_bytes": 0}]}),
    (1043, TT, "2026-02-20T10:30:00+07:00", 4129,
     "Khai hội xuân Bính Ngọ tại đền Bến Đền",
     "Lễ hội diễn ra trong 3 ngày với phần lễ trang nghiêm và phần hội sôi nổi.",
     ["Năm nay, cầu Bến Đền vừa hoàn thành giúp du khách đến lễ hội thuận tiện hơn bao giờ hết.",
      "Ban tổ chức bố trí bãi đỗ xe miễn phí, nghiêm cấm đốt vàng mã tràn lan và nâng giá dịch vụ."],
     ("cau-song.png", "Cầu Bến Đền ngày khai hội."), {}),
    (1044, KT, "2026-03-18T09:05:00+07:00", 612,
     "Chuyển đổi số trong nông nghiệp: nông dân bán hàng qua mạng",
     None,
     ["Hơn 300 hộ nông dân được tập huấn kỹ năng bán hàng trên các sàn thương mại điện tử và mạng xã hội.",
      "Chị Triệu Thị Lan, xã Kim Quan, mỗi tháng bán hơn 200 kg miến dong qua mạng, thu nhập tăng gấp đôi."],
     None, {}),
    (1045, None, "2026-04-01T08:00:00+07:00", 95,
     None,
     None,
     ["Lịch tiêm chủng mở rộng tháng 4/2026 tại các trạm y tế: thứ Hai và thứ Năm hằng tuần, từ 7h30 đến 11h00.",
      "Cha mẹ mang theo sổ tiêm chủng của trẻ."],
     None, {"tags": [GD]}),
]


def body_html(paragraphs, picture):
    parts = [f"<p>{p}</p>" for p in paragraphs]
    if picture:
        src, caption = picture
        figure = f'<figure><img src="anh/{src}" alt="{caption}" width="480" height="270"><figcaption>{caption}</figcaption></figure>'
        parts.insert(1 if len(parts) > 1 else 0, figure)
    return "".join(parts)


def item(a):
    ident, category, date, views, title, summary, paragraphs, picture, extra = a
    out = {"id": str(ident), "url": f"https://dongthanh.example.vn/tin-tuc/{ident}"}
    if title:
        out["title"] = title
    if summary:
        out["summary"] = summary
    if extra.get("text"):
        out["content_text"] = "\n\n".join(paragraphs)
    else:
        out["content_html"] = body_html(paragraphs, picture)
    if picture:
        out["image"] = f"anh/{picture[0]}"
    out["date_published"] = date
    if "authors" in extra:
        out["authors"] = extra["authors"]
    if "tags" in extra:
        out["tags"] = extra["tags"]
    if "attachments" in extra:
        out["attachments"] = extra["attachments"]
    ext = {"views": views}
    if category:
        ext["category"] = category
    out["_bantin"] = ext
    return out


def small_pdf(lines):
    """A one-page PDF with a few lines of ASCII text (the standard fonts have no Vietnamese)."""
    text = "BT /F1 14 Tf 72 760 Td 18 TL " + " ".join(f"({l}) '" for l in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        f"<< /Length {len(text)} >>\nstream\n{text}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{body}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("ascii")


def main():
    images.write_all(os.path.join(ROOT, "public", "anh"))
    os.makedirs(os.path.join(ROOT, "public", "tep"), exist_ok=True)
    pdf = small_pdf(["UBND huyen Dong Thanh", "Thong bao so 12/TB-UBND", "Lich nghi Tet Nguyen dan Binh Ngo 2026: 9 ngay lien tuc.", "(Tep mau cua bantin)"])
    with open(os.path.join(ROOT, "public", "tep", "thong-bao-nghi-tet-2026.pdf"), "wb") as f:
        f.write(pdf)
    for a in ARTICLES:
        for att in a[8].get("attachments", []):
            att["size_in_bytes"] = len(pdf)
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Cổng thông tin điện tử huyện Đông Thành",
        "home_page_url": "https://dongthanh.example.vn/",
        "feed_url": "https://dongthanh.example.vn/feed.json",
        "description": "Tin tức, sự kiện và thông báo của huyện Đông Thành (dữ liệu mẫu của bantin).",
        "language": "vi",
        "authors": [{"name": "Ban biên tập Cổng thông tin điện tử huyện Đông Thành"}],
        # Newest first, as portals publish.
        "items": [item(a) for a in sorted(ARTICLES, key=lambda a: a[2], reverse=True)],
    }
    text = json.dumps(feed, ensure_ascii=False, indent=1)
    assert unicodedata.normalize("NFC", text) == text, "sample feed must be NFC"
    with open(os.path.join(ROOT, "public", "feed.json"), "w", encoding="utf-8") as f:
        f.write(text + "\n")
    print(f"wrote {len(feed['items'])} items")


if __name__ == "__main__":
    main()
