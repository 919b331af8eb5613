teSearchFile("terms/61-74-74",[["att",[1,1,2],[]],["attache",[1,2,2,2],[]],["attaches",[1,1,1],[]],["attack",[1,1,19],[]]]);
