teSearchFile("terms/61-74-74",[["att",[1,1,4],[]],["attache",[1,2,4,4],[]],["attaches",[1,1,2],[]],["attack",[1,1,38],[]]]);
