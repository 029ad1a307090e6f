/**
 * The sample workbook's SoLieu and NoiDung rows: the figures and paragraphs of
 * the two seed reports that no dossier log can give (impact assessments,
 * reviews, the department's own account of its work).
 */

import { FIGURE_KEYS } from '../core/figureKeys';
import { reportName } from '../core/reportNames';

const Q2 = '2023-Q2';
const JAN_AUG = '01/01/2023-31/08/2023';

/**
 * [Kỳ báo cáo, Chỉ tiêu, Giá trị]: every typed-in figure the two seed reports print, named by
 * its Vietnamese label (as a user types it), with the value they print.
 */
export const SAMPLE_FIGURES: [string, string, number][] = FIGURE_KEYS.flatMap((f): [string, string, number][] => {
  if (f.seedValue === undefined) return [];
  if (f.report === 'quarterly') return [[Q2, f.label, f.seedValue]];
  if (f.report === 'digitisation') return [[JAN_AUG, f.label, f.seedValue]];
  return [];
});

/** [Kỳ báo cáo, Mục, Nội dung]: one paragraph a row, by report. */
const QUARTERLY_ROWS: [string, string, string][] = [
  [Q2, 'I.1', 'Sở Ngoại vụ chưa tham mưu UBND tỉnh ban hành văn bản quy phạm pháp luật có nội dung liên quan đến thủ tục hành chính, đến thời điểm báo cáo, nên không thực hiện đánh giá tác động thủ tục hành chính.'],
  [Q2, 'I.2', 'Sở Ngoại vụ không được cấp thẩm quyền giao thẩm định, thẩm tra TTHC quy định tại dự thảo văn bản QPPL.'],
  [Q2, 'I.5', 'Trong kỳ, Sở Ngoại vụ chưa tiếp nhận đơn thư phản ánh hay kiến nghị những vi phạm quy định hành chính, hoặc hành vi hành chính nên chưa có trường hợp nào phải xử lý liên quan đến TTHC; đồng thời, công chức của Sở được cử làm việc tại Trung tâm Phục vụ hành chính công tỉnh cũng không nhận các phản ánh, kiến nghị của tổ chức, cá nhân liên quan đến giải quyết thủ tục hành chính.'],
  [Q2, 'I.6', '- Báo cáo kết quả thực hiện đánh giá tác động chính sách, đánh giá tác động thủ tục hành chính trong công tác xây dựng văn bản quy phạm pháp luật gửi Văn phòng UBND tỉnh; Báo cáo rà soát danh sách các TTHC liên thông giữa các cấp chính quyền thuộc phạm vi chức năng quản lý của đơn vị, thực hiện tái cấu trúc quy trình nội bộ; có Văn bản gửi Văn phòng UBND tỉnh đề nghị xem xét kiện toàn danh sách cán bộ đầu mối thực hiện nhiệm vụ kiểm soát thủ tục hành chính của Sở để phù hợp với chức năng nhiệm vụ công việc được phân công đối với công tác kiểm soát thủ tục hành chính tại cơ quan, đơn vị theo quy định.'],
  [Q2, 'I.7', 'Trong Quý II/2023, Sở Ngoại vụ tiếp tục triển khai hoạt động kiểm soát thủ tục hành chính và giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông đảm bảo hiệu quả, góp phần tạo điều kiện thuận lợi cho cá nhân, tổ chức và doanh nghiệp trong giải quyết TTHC. Sở Ngoại vụ cử công chức thực hiện nhiệm vụ tiếp nhận và trả kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công theo quy định.'],
  [Q2, 'I.9', '- Sở đã lồng ghép các nội dung tuyên truyền, phổ biến pháp luật về kiểm soát TTHC, cải cách TTHC trong các buổi phổ biến giáo dục pháp luật; đăng tải các nội dung kiểm soát TTHC trên mạng nội bộ để công chức nắm bắt thông tin. Bên cạnh đó, nhằm giúp các đơn vị, tổ chức, công dân dễ dàng nắm bắt thông tin, kể cả sự tiếp cận đối với các dịch vụ công trực tuyến do Sở Ngoại vụ cung cấp, Sở thường xuyên tuyên truyền phổ biến nội dung Hướng dẫn đăng ký tài khoản, nộp hồ sơ trực tuyến và Quy trình xử lý TTHC trực tuyến mức độ 3,4 đối với các TTHC thuộc lĩnh vực quản lý của Sở trên website của Sở và thông qua việc phát hành trực tiếp các tập gấp có nội dung, hình thức và kích thước phù hợp, dễ sử dụng đến các tổ chức, công dân khi đến liên hệ sử dụng dịch vụ công tại Trung tâm Phục vụ Hành chính công tỉnh.'],
  [Q2, 'I.9', '- Tiếp tục thực hiện kịp thời, đầy đủ, cụ thể, công khai, minh bạch, các quy định về thủ tục hành chính thuộc thẩm quyền giải quyết của Sở tại Trung tâm Phục vụ hành chính công tỉnh và trên website của Sở để tạo điều kiện cho công dân, tổ chức tiếp cận, thực hiện và giám sát việc thực hiện các thủ tục hành chính của Sở. Thường xuyên truy cập hòm thư góp ý và mục hỏi đáp trên website để kiểm tra tổ chức, công dân gửi phản ánh, thắc mắc; tăng cường tiếp nhận, xử lý phản ánh, kiến nghị của công dân, tổ chức về các quy định hành chính.'],
  [Q2, 'I.10', 'không có'],
  [Q2, 'I.11', '- Thường xuyên chỉ đạo các phòng chuyên môn tiến hành rà soát các văn bản quy phạm pháp luật đã ban hành liên quan đến lĩnh vực của ngành để nếu có thay đổi thì đề nghị cấp có thẩm quyền điều chỉnh, bổ sung và ban hành kịp thời theo đúng quy định nhằm giảm bớt thủ tục hành chính. Trong quý II/2023, đã chỉ đạo các đơn vị thuộc Sở theo dõi, giám sát chặt chẽ việc giải quyết thủ tục hành chính, không để hồ sơ trễ hạn.'],
  [Q2, 'I.11', '- Trong quá trình thực hiện nhiệm vụ chưa có trường hợp công chức vi phạm các quy định về kiểm soát thực hiện thủ tục hành chính.'],
  [Q2, 'II', '- Được sự quan tâm lãnh đạo, chỉ đạo sâu sát của Giám đốc Sở, công tác kiểm soát thủ tục hành chính Quý II/2023 của Sở cơ bản đã bám sát và thực hiện đúng theo quy định hiện hành của Nhà nước và Kế hoạch đề ra đối với các lĩnh vực thuộc thẩm quyền quản lý của Sở. Các hồ sơ thủ tục hành chính thuộc lĩnh vực quản lý của Sở đều được tổ chức tiếp nhận tại Trung tâm Phục vụ hành chính công và tập trung giải quyết đúng hẹn.'],
  [Q2, 'II', '- Công tác kiểm soát TTHC luôn được theo dõi, quản lý chặt chẽ nên đã góp phần nâng cao hiệu lực, hiệu quả hoạt động quản lý hành chính nhà nước tại cơ quan, đơn vị; chất lượng phục vụ dịch vụ công ngày được nâng cao, đem lại sự hài lòng cho các tổ chức và cá nhân, qua đó khuyến khích tổ chức, cá nhân quan tâm, sử dụng dịch vụ công trực tuyến mức độ 3, 4 theo quy định.'],
  [Q2, 'III', '- Theo dõi các thủ tục hành chính thuộc thẩm quyền giải quyết của Bộ Ngoại giao trên Cổng Dịch vụ công quốc gia và đề xuất công bố tại địa phương (đối với các thủ tục thuộc thẩm quyền giải quyết của Sở Ngoại vụ).'],
  [Q2, 'III', '- Đẩy mạnh công tác truyền thông hỗ trợ hoạt động kiểm soát TTHC; tiếp tục quan tâm nâng cao tinh thần trách nhiệm đối với công chức, nhất là công chức làm công tác kiểm soát TTHC và công chức làm nhiệm vụ tiếp nhận hồ sơ TTHC tại Trung tâm Phục vụ hành chính công của tỉnh.'],
  [Q2, 'III', '- Tiếp tục áp dụng có hiệu quả hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001 : 2015. Tăng cường hiệu quả công tác giải quyết thủ tục hành chính, đáp ứng ngày càng tốt hơn yêu cầu của tổ chức, công dân.'],
  [Q2, 'III', '- Tăng cường công tác tuyên truyền kiểm soát thủ tục hành chính, trong đó tập trung khuyến khích tổ chức và công dân sử dụng dịch vụ công trực tuyến mức độ 3, 4 và sử dụng dịch vụ bưu chính công ích trong quá trình nộp hồ sơ và trả kết quả giải quyết thủ tục hành chính.'],
  [Q2, 'III', '- Quán triệt công chức của Sở tổ chức thực hiện đúng, đầy đủ các quy định có liên quan đến công tác cải cách thủ tục hành chính trong lĩnh vực ngoại vụ.'],
];

const DIGITISATION_ROWS: [string, string, string][] = [
  [JAN_AUG, 'Mở đầu', 'Thực hiện Văn bản số 4488/UBND-NC2 ngày 24/8/2023 của UBND tỉnh về việc rà soát, đánh giá tình hình kết quả triển khai các giải pháp nâng cao hiệu quả giải quyết TTHC, Sở Ngoại vụ báo cáo kết quả thực hiện như sau:'],
  [JAN_AUG, 'I.1', 'Sở Ngoại vụ cụ thể hóa nội dung về số hóa hồ sơ, kết quả giải quyết thủ tục hành chính thuộc thẩm quyền giải quyết vào Kế hoạch cải cách hành chính, kế hoạch kiểm soát TTHC và thực hiện cơ chế một cửa, một cửa liên thông, thực hiện TTHC trên môi trường điện tử hàng năm.'],
  [JAN_AUG, 'I.1', 'Việc trả kết quả giải quyết TTHC dưới dạng văn bản điện tử cho công dân trên Cổng DVC trực tuyến của tỉnh chưa thực hiện được vì kết quả các TTHC do Sở tiếp nhận và trả kết quả là hộ chiếu, bản dịch công chứng hoặc bản gốc có dán tem Chứng nhận lãnh sự, Hợp pháp hóa lãnh sự…để công dân sử dụng tại nước ngoài.'],
  [JAN_AUG, 'I.1', 'Phối hợp với Sở Thông tin và Truyền thông tỉnh hoàn thiện việc kết nối, tích hợp, chia sẻ dữ liệu về TTHC thuộc Sở lên Cổng dịch vụ công quốc gia và Cổng dịch vụ công của tỉnh; cử cán bộ tham gia tập huấn, triển khai công tác số hóa trong tiếp nhận, giải quyết TTHC do tỉnh tổ chức.'],
  [JAN_AUG, 'I.1', '- Việc nâng cấp hoàn thiện hệ thống, hạ tầng công nghệ thông tin: Sở Ngoại vụ chủ động rà soát, trang bị hệ thống hạ tầng CNTT đầy đủ, đảm bảo 100% CBCCVC có máy tính làm việc, cài đặt hệ thống Wifi có tốc độ cao, sử dụng phần mềm diệt virus có bản quyền nhằm ứng dụng CNTT trong thực hiện cải cách hành chính, phục vụ giải quyết, xử lý TTHC một cách hiệu quả nhanh chóng, đảm bảo rằng công tác trả kết quả tại bộ phận một cửa luôn được đúng hạn.'],
  [JAN_AUG, 'I.1', 'Đã thực hiện đồng bộ, kết nối chia sẻ dữ liệu về trạng thái, tình hình xử lý hồ sơ giữa các hệ thống thông tin cung cấp DVCTT thuộc thẩm quyền thực hiện của cơ quan nhà nước các cấp trên địa bàn tỉnh do các bộ, ngành triển khai cung cấp với Hệ thống giải quyết TTHC cấp tỉnh và Cổng DVC quốc gia.'],
  [JAN_AUG, 'I.3', 'TTHC trên thuộc thẩm quyền quyết định, giải quyết của Bộ Ngoại giao do Sở Ngoại vụ tiếp nhận và trả kết quả trên địa bàn tỉnh. Việc gửi hồ sơ ra Cục Lãnh sự, Bộ Ngoại giao đang dừng ở mức độ bằng đường BCCI, hiện chưa có phần mềm liên thông giữa Bộ và Sở.'],
  [JAN_AUG, 'I.3', '- Thực hiện tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến: Sở Ngoại vụ đã phối hợp với Trung tâm Công báo - Tin học tỉnh hoàn thành việc tái cấu trúc quy trình, nghiệp vụ TTHC cung cấp trên Cổng Dịch vụ công quốc gia, Cổng Thông tin Dịch vụ công trực tuyến tỉnh đáp ứng yêu cầu thực chất, đơn giản, thuận lợi, dễ tiếp cận, dễ sử dụng và tăng cường tương tác trực tuyến để tiếp nhận, giải quyết các TTHC thuộc thẩm quyền giải quyết của Sở.'],
  [JAN_AUG, 'I.3', 'Kịp thời cập nhật, công bố công khai dịch vụ công trực tuyến toàn trình và dịch vụ công trực tuyến toàn trình một phần trên Cổng Dịch vụ công quốc gia, Cổng dịch vụ công tỉnh và Cổng Thông tin điện tử của Sở.'],
  [JAN_AUG, 'I.4', 'Các thủ tục hành chính thuộc thẩm quyền giải quyết của Sở đều được tiếp nhận và trả kết quả tại Trung tâm Phục vụ hành chính công của tỉnh. Các hồ sơ đã được tiếp nhận đầy đủ, thời gian chuyển hồ sơ để Bộ Ngoại giao xử lý nhanh, gọn, đúng quy định, không gây phiền hà cho các tổ chức, cá nhân đến thực hiện giao dịch thủ tục hành chính. Thời gian qua, Sở không nhận được đơn thư khiếu nại, tố cáo của các tổ chức, cá nhân trong quá trình giải quyết thủ tục hành chính tại bộ phận một cửa.'],
  [JAN_AUG, 'I.4', 'Sở luôn bố trí cán bộ hỗ trợ, hướng dẫn, cập nhật quy định mới về TTHC thuộc thẩm quyền giải quyết cho nhân viên Bưu điện trong việc tiếp nhận và trả kết quả hồ sơ thủ tục hành chính của Sở tại Trung tâm phục vụ hành chính công tỉnh. Thường xuyên triển khai đo lường sự hài lòng của cá nhân, tổ chức đối với giải quyết TTHC tại cơ quan hành chính nhà nước.'],
  [JAN_AUG, 'I.5', '- Đã triển khai Bộ Chỉ số đánh giá chất lượng phục vụ người dân và doanh nghiệp trong thực hiện TTHC, dịch vụ công dựa trên dữ liệu theo thời gian thực theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ: Thực hiện nghiêm túc việc công khai địa chỉ tiếp nhận, xử lý phản ánh, kiến nghị, công khai địa chỉ của Sở và hộp thư góp ý tại trụ sở cơ quan và trên Cổng thông tin điện tử của Sở. Thời gian qua, không có kiến nghị, phản ánh về tiếp nhận và trả kết quả giải quyết TTHC của Sở Ngoại vụ.'],
  [JAN_AUG, 'II', 'Việc số hoá hồ sơ, giấy tờ, kết quả giải quyết TTHC với quá trình tiếp nhận, xử lý TTHC tại Bộ phận Một cửa gắn với việc cung cấp các dịch vụ công trực tuyến được xem là khâu quan trọng, then chốt trong tiến trình cải cách hành chính và triển khai Chính phủ điện tử. Điều đó giúp giảm thời gian gửi/nhận hồ sơ, giảm công sức, tăng hiệu quả kinh tế. Người dân, doanh nghiệp, các tổ chức có thể giao dịch 24/24 giờ trong ngày, tại bất cứ đâu có kết nối internet. Tuy nhiên vẫn còn những khó khăn trong việc thực hiện dịch vụ công trực tuyến, cụ thể:'],
  [JAN_AUG, 'II', '- Trình độ, kiến thức về công nghệ thông tin của người dân chưa đồng đều, thậm chí có nhiều người dân chưa từng tiếp xúc với máy tính. Bên cạnh đó, còn có tâm lý lo ngại về sự không thuận tiện sử dụng mất an toàn thông tin khi sử dụng DVCTT nên đa số người dân vẫn lựa chọn phương thức truyền thống để thực hiện TTHC. Do vậy, cán bộ phải mất thời gian tuyên truyền, hướng dẫn, thậm chí làm hộ người dân khi có nhu cầu.'],
  [JAN_AUG, 'II', '- Hệ thống mạng đôi lúc còn bị lỗi trong việc truyền tải dữ liệu nên việc đăng ký hay cập nhật cũng còn gặp khó khăn.'],
  [JAN_AUG, 'III', 'Trên cơ sở thực tiễn hiện nay, Sở Ngoại vụ đề xuất Bộ Ngoại giao xây dựng phần mềm chuyển hồ sơ giữa Cục Lãnh sự, Bộ Ngoại giao và các Sở Ngoại vụ (hoặc Văn phòng UBND tỉnh đối với những tỉnh không thành lập Sở Ngoại vụ) đối với các thủ tục hành chính thuộc thẩm quyền giải quyết của Bộ Ngoại giao.'],
];

/**
 * [Kỳ báo cáo, Báo cáo, Mục, Nội dung]: each report's paragraphs under its own name, so the two
 * reports (which both have sections I.1…III) never print each other's text.
 */
export const SAMPLE_NARRATIVES: [string, string, string, string][] = [
  ...QUARTERLY_ROWS.map(([period, section, text]): [string, string, string, string] => [period, reportName('quarterly')!, section, text]),
  ...DIGITISATION_ROWS.map(([period, section, text]): [string, string, string, string] => [period, reportName('digitisation')!, section, text]),
];
