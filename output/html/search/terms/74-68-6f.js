teSearchFile("terms/74-68-6f",[["those",[1,1,24],[]]]);
